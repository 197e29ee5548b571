package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * The controls in force for one org: every active flag's value, and which layer decided it; with {@code asOf},
 * the controls as they were in force at that instant, from the flags' events.
 */
public record ResolveControlsQuery(OrgId org, Instant asOf) {

    public ResolveControlsQuery(OrgId org) {
        this(org, null);
    }
}
