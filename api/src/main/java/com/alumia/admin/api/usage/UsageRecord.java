package com.alumia.admin.api.usage;

import java.time.Instant;

/**
 * One metered use of a model, as a service reports it.
 *
 * @param eventId    the service's id of it: a second report of the same id is a duplicate
 * @param costMicros what it cost, in millionths of a US dollar
 */
public record UsageRecord(String eventId, String orgId, String workspaceId, String model, long tokensIn,
                          long tokensOut, long costMicros, Instant occurredAt) {
}
