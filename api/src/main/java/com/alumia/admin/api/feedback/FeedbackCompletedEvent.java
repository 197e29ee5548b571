package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

/**
 * The item moved from in_progress to done.
 */
@Revision("1")
public record FeedbackCompletedEvent(FeedbackId feedbackId, String note) implements FeedbackEvent {
}
