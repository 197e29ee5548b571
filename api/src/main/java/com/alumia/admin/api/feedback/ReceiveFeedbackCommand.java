package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A product service hands in a user report or a captured probe; the command handler classifies it.
 */
public record ReceiveFeedbackCommand(@TargetAggregateIdentifier FeedbackId feedbackId,
                                     OrgId orgId,
                                     String userId,
                                     String text,
                                     FeedbackContext context,
                                     Instant receivedAt) {
}
