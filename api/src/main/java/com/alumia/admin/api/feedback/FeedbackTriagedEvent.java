package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

/**
 * The item moved from open to triaged.
 */
@Revision("1")
public record FeedbackTriagedEvent(FeedbackId feedbackId, String note) implements FeedbackEvent {
}
