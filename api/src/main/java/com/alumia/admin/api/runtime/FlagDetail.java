package com.alumia.admin.api.runtime;

import com.alumia.admin.api.audit.AuditEntry;

import java.time.Instant;
import java.util.List;

/** One flag with its per-org overrides, its scheduled changes and every change made to it, oldest first. */
public record FlagDetail(FlagSummary summary, List<OrgOverride> overrides, List<Schedule> schedules,
                         List<AuditEntry> history) {

    /**
     * @param orgId  null for the global value
     * @param value  null when the change removes the value
     * @param status {@code pending}, {@code applied}, {@code cancelled}, or {@code dropped} (the flag was retired)
     */
    public record Schedule(String scheduleId, String orgId, boolean clears, String value, Instant applyAt,
                           String status, Instant scheduledAt, String scheduledBy, String reason, Instant settledAt) {
    }


    public record OrgOverride(String orgId, String value, Instant setAt, String setBy) {
    }
}
