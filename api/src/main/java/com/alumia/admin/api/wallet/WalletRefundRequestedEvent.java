package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** A refund was asked for; the refund process sends it to Stripe with an idempotency key from the refund id. */
@Revision("1")
public record WalletRefundRequestedEvent(RefundId refundId, OrgId org, String paymentIntentId, long amount) {
}
