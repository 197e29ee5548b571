package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Stripe's answer to a card action: done, or refused with its reason. */
public record RecordCardActionOutcomeCommand(@TargetAggregateIdentifier CardId cardId, String actionId,
                                             boolean succeeded, String error) {
}
