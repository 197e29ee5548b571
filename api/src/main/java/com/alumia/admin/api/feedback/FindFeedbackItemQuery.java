package com.alumia.admin.api.feedback;

public record FindFeedbackItemQuery(FeedbackId feedbackId) {
}
