package com.alumia.admin.query.security;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.security.SecurityAccessDeniedEvent;
import com.alumia.admin.api.security.SecurityEventReportedEvent;
import com.alumia.admin.api.security.SecuritySeverity;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * /admin/security: the security events services report, and the platform's own refused attempts (no or bad
 * credentials, the wrong role, a stale step-up, a bad signature) as events of source {@code admin}.
 */
@Component
@ProcessingGroup(SecurityEventsProjection.GROUP)
class SecurityEventsProjection {

    static final String GROUP = "security-events";
    static final String ADMIN_SOURCE = "admin";

    private final BatchedWrites writes;

    SecurityEventsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SecurityEventReportedEvent event) {
        insert(event.eventId(), event.occurredAt(), event.source(), event.kind(), event.severity(), event.orgId(),
                event.subject(), event.detail());
    }

    @EventHandler
    void on(SecurityAccessDeniedEvent event, @MessageIdentifier String messageId,
            @MetaDataValue(AuditMetadata.ACTOR) String actor,
            @MetaDataValue(AuditMetadata.ACTOR_ORG) String actorOrg,
            @MetaDataValue(AuditMetadata.CLIENT_ADDRESS) String clientAddress) {
        // A refused signature or role may be an attack; a missing token or an old step-up is usually a mistake.
        SecuritySeverity severity = switch (event.outcome()) {
            case "signature_invalid", "forbidden" -> SecuritySeverity.MEDIUM;
            default -> SecuritySeverity.LOW;
        };
        String subject = (actor == null ? "anonymous" : actor) + (clientAddress == null ? "" : " from "
                                                                                            + clientAddress);
        insert(messageId, event.at(), ADMIN_SOURCE, "access." + event.outcome(), severity, actorOrg, subject,
                event.method() + " " + event.path() + " answered " + event.status());
    }

    private void insert(String id, java.time.Instant at, String source, String kind, SecuritySeverity severity,
                        String orgId, String subject, String detail) {
        writes.current().add("""
                INSERT INTO security_event_view (event_id, occurred_at, source, kind, severity, severity_rank, org_id,
                                                 subject, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", id, time(at), source, kind, severity.name(),
                severity.ordinal(), orgId, subject == null ? null : subject.length() > 300
                        ? subject.substring(0, 300) : subject, detail);
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM security_event_view");
    }
}
