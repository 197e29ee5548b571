package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** A dispute as a Stripe event showed it ({@code idp_…}); each event once, never an older snapshot over a newer one. */
public record RecordStripeDisputeCommand(@TargetAggregateIdentifier String disputeId, String stripeEventId,
                                         Instant observedAt, DisputeSnapshot snapshot) {
}
