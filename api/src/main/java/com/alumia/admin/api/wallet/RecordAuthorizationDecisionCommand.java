package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records the answer given to Stripe's real-time authorization request, and the rule that made it.
 *
 * @param rule        {@code spend_request} (covered by {@code spendRequestId}), {@code kill_switch},
 *                    {@code no_covering_request} or {@code unknown_wallet}
 */
public record RecordAuthorizationDecisionCommand(@TargetAggregateIdentifier AuthorizationId authorizationId,
                                                 CardId cardId, long amount, String currency, boolean approved,
                                                 String rule, SpendRequestId spendRequestId) {
}
