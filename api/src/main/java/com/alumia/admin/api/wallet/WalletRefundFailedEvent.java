package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** Stripe refused the refund (an invalid request, a payment already refunded); it is not sent again. */
@Revision("1")
public record WalletRefundFailedEvent(RefundId refundId, String error, int attempts) {
}
