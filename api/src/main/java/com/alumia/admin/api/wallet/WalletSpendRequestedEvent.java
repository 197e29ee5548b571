package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record WalletSpendRequestedEvent(SpendRequestId requestId, OrgId org, String agentId, long amount,
                                        String currency, SpendScope scope, String purpose, Instant expiresAt) {
}
