package com.alumia.admin.api.broadcast;

import java.time.Instant;
import java.util.List;

/**
 * Who a broadcast goes to: every org, or those listed in {@code orgIds}; suspended orgs only when
 * {@code includeSuspended}; and, when given, only orgs created in {@code [createdFrom, createdTo)}.
 */
public record BroadcastAudience(List<String> orgIds, boolean includeSuspended, Instant createdFrom,
                                Instant createdTo) {

    public BroadcastAudience {
        orgIds = orgIds == null ? List.of() : List.copyOf(orgIds);
    }
}
