package com.alumia.admin.api.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** /admin/security: events services report, and the platform's own refused attempts, newest first. */
public final class SecurityEventViews {

    private SecurityEventViews() {
    }

    /**
     * @param source the reporting service, or {@code admin} for the platform's own refused attempts
     * @param subject who or what it concerns: a user, an address, a route
     */
    public record Event(String eventId, Instant occurredAt, String source, String kind, SecuritySeverity severity,
                        String orgId, String subject, String detail) {
    }

    /** The page, with counts per kind and per severity over the whole selection. */
    public record Events(List<Event> items, Map<String, Long> byKind, Map<String, Long> bySeverity) {
    }

    public record FindSecurityEventsQuery(String kind, SecuritySeverity minSeverity, String orgId, String source,
                                          Instant from, Instant to, int limit) {
    }
}
