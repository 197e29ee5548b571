package com.alumia.admin.api.feedback;

import org.axonframework.serialization.Revision;

@Revision("1")
public record FeedbackAssignedEvent(FeedbackId feedbackId, String previousAssignee, String assignee,
                                    String handoffNote) implements FeedbackEvent {
}
