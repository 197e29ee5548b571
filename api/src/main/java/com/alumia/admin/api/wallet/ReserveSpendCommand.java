package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes part of an approved spend request for a card authorization being decided: refused unless the request is
 * approved, not expired, in the currency, for the merchant or category, with enough left. Once per authorization.
 */
public record ReserveSpendCommand(@TargetAggregateIdentifier SpendRequestId requestId,
                                  AuthorizationId authorizationId, long amount, String currency, String merchantName,
                                  String merchantCategory) {
}
