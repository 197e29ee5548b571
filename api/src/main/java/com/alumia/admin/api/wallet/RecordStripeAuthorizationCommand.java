package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** An authorization as a Stripe event showed it; taken once per event, and never older than what is known. */
public record RecordStripeAuthorizationCommand(@TargetAggregateIdentifier AuthorizationId authorizationId,
                                               String stripeEventId, Instant observedAt,
                                               AuthorizationSnapshot snapshot) {
}
