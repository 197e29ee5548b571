package com.alumia.admin.api.security;

import java.time.Instant;

/** A security event as a service reported it; the reporting service is the event's actor. */
public record SecurityEventReportedEvent(String eventId, String source, String kind, SecuritySeverity severity,
                                         String orgId, String subject, String detail, Instant occurredAt) {
}
