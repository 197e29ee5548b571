package com.alumia.admin.api.feedback;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Hands an item to an operator (or takes it back with a null assignee), with a note for whoever picks it up.
 */
public record AssignFeedbackCommand(@TargetAggregateIdentifier FeedbackId feedbackId,
                                    @TargetAggregateVersion Long expectedVersion,
                                    String assignee,
                                    String handoffNote) {
}
