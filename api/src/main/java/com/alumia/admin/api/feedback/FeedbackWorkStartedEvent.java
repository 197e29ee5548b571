package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

/**
 * The item moved from triaged to in_progress.
 */
@Revision("1")
public record FeedbackWorkStartedEvent(FeedbackId feedbackId, String note) implements FeedbackEvent {
}
