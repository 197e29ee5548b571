package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * @param approved the amount approved; below {@code requested} for a partial approval
 * @param expiresAt after it the approval no longer covers a spend
 */
@Revision("1")
public record WalletSpendApprovedEvent(SpendRequestId requestId, long requested, long approved, Instant expiresAt) {
}
