package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator refunds (part of) a payment that funded an org's wallets; the reason travels in the metadata.
 *
 * @param amount in the currency's minor unit, above zero
 */
public record RequestRefundCommand(@TargetAggregateIdentifier RefundId refundId, OrgId org, String paymentIntentId,
                                   long amount) {
}
