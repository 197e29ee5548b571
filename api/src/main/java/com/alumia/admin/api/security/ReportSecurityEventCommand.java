package com.alumia.admin.api.security;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A security event a service saw (a burst of failed logins, a leaked-token detection, a sandbox escape attempt).
 * {@code eventId} is the sender's own identifier, so a resend is recognized and not stored twice.
 */
public record ReportSecurityEventCommand(@TargetAggregateIdentifier String eventId, String source, String kind,
                                         SecuritySeverity severity, String orgId, String subject, String detail,
                                         Instant occurredAt) {
}
