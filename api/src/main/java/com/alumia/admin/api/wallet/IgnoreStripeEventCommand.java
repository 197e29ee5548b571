package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a Stripe event of a type the wallets do not use, once per event id. */
public record IgnoreStripeEventCommand(@TargetAggregateIdentifier String stripeEventId, String type) {
}
