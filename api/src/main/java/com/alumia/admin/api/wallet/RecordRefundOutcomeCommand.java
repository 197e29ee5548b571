package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What Stripe answered to a refund: its refund id and status, or its refusal. */
public record RecordRefundOutcomeCommand(@TargetAggregateIdentifier RefundId refundId, boolean succeeded,
                                         String stripeRefundId, String status, String error, int attempts) {
}
