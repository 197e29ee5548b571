package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

/**
 * A finished or archived item went back to open.
 */
@Revision("1")
public record FeedbackReopenedEvent(FeedbackId feedbackId, FeedbackStatus from, String note) implements FeedbackEvent {
}
