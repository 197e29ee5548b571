package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** Our answer to Stripe's real-time request for an authorization, and the rule that made it. */
@Revision("1")
public record WalletAuthorizationDecidedEvent(AuthorizationId authorizationId, CardId cardId, long amount,
                                              String currency, boolean approved, String rule,
                                              SpendRequestId spendRequestId) {
}
