package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A card transaction as a Stripe event showed it ({@code ipi_…}); recorded once. */
public record RecordStripeTransactionCommand(@TargetAggregateIdentifier String transactionId, String stripeEventId,
                                             Instant observedAt, TransactionSnapshot snapshot) {
}
