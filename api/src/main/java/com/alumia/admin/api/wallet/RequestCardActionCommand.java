package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator freezes, unfreezes or cancels a card; the reason travels in the metadata. */
public record RequestCardActionCommand(@TargetAggregateIdentifier CardId cardId, String actionId, CardAction action) {
}
