package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * An agent asks to spend from its wallet.
 *
 * @param amount    in the currency's minor unit (cents), above zero
 * @param expiresAt after it the request can no longer be approved, nor an approval used
 */
public record RequestSpendCommand(@TargetAggregateIdentifier SpendRequestId requestId, OrgId org, String agentId,
                                  long amount, String currency, SpendScope scope, String purpose,
                                  Instant expiresAt) {
}
