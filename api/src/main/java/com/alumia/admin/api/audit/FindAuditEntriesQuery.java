package com.alumia.admin.api.audit;

import java.time.Instant;

/**
 * The audit search: every filter optional, results in global order after {@code cursor}.
 */
public record FindAuditEntriesQuery(String actor,
                                    String action,
                                    String aggregateType,
                                    String aggregateId,
                                    String orgId,
                                    Instant from,
                                    Instant to,
                                    String cursor,
                                    int limit) {
}
