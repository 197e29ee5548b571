package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * The approved, unexpired spend requests of an org's agent with at least {@code amount} left in the currency, that
 * name this merchant or category (or neither); the soonest to expire first. A list of ids.
 */
public record FindCoveringSpendRequestsQuery(OrgId org, String agentId, long amount, String currency,
                                             String merchantName, String merchantCategory, Instant at) {
}
