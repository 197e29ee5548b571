package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** Stripe took the refund. */
@Revision("1")
public record WalletRefundSucceededEvent(RefundId refundId, String stripeRefundId, String status, int attempts) {
}
