package com.alumia.admin.api.feedback;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Moves an item along the triage workflow.
 *
 * @param expectedVersion the item's version as the operator saw it ({@code If-Match}), or null to skip the check
 * @param note            the operator's note for this step, kept in the item's history
 */
public record TransitionFeedbackCommand(@TargetAggregateIdentifier FeedbackId feedbackId,
                                        @TargetAggregateVersion Long expectedVersion,
                                        FeedbackStatus target,
                                        String note) {
}
