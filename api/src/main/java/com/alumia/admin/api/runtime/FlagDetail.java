package com.alumia.admin.api.runtime;

import com.alumia.admin.api.audit.AuditEntry;

import java.time.Instant;
import java.util.List;

/** One flag with its per-org overrides and every change made to it, oldest first. */
public record FlagDetail(FlagSummary summary, List<OrgOverride> overrides, List<AuditEntry> history) {

    public record OrgOverride(String orgId, String value, Instant setAt, String setBy) {
    }
}
