package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

/**
 * The item moved from done to archived.
 */
@Revision("1")
public record FeedbackArchivedEvent(FeedbackId feedbackId, String note) implements FeedbackEvent {
}
