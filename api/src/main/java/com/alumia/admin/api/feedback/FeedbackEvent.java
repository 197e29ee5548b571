package com.alumia.admin.api.feedback;

/**
 * Every event of one feedback item; drives sequencing per item in the processors.
 */
public interface FeedbackEvent {

    FeedbackId feedbackId();
}
