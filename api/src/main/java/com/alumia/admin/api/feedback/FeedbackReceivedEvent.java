package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record FeedbackReceivedEvent(FeedbackId feedbackId,
                                    OrgId orgId,
                                    String userId,
                                    String text,
                                    FeedbackContext context,
                                    Classification classification,
                                    Instant receivedAt) implements FeedbackEvent {
}
