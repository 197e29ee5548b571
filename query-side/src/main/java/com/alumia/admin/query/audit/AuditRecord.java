package com.alumia.admin.query.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One row of the audit view; {@code position} is the event's global position in the log.
 */
@Entity
@Table(name = "audit_entry")
class AuditRecord {

    @Id
    Long position;
    @Column(name = "event_id")
    String eventId;
    String action;
    @Column(name = "aggregate_type")
    String aggregateType;
    @Column(name = "aggregate_id")
    String aggregateId;
    @Column(name = "aggregate_sequence")
    Long aggregateSequence;
    @Column(name = "org_id")
    String orgId;
    @Column(name = "occurred_at")
    Instant occurredAt;
    String actor;
    @Column(name = "actor_roles")
    String actorRoles;
    @Column(name = "actor_org")
    String actorOrg;
    @Column(name = "auth_time")
    Instant authTime;
    @Column(name = "step_up_age_seconds")
    Long stepUpAgeSeconds;
    String acr;
    String amr;
    @Column(name = "request_id")
    String requestId;
    @Column(name = "client_address")
    String clientAddress;
    @Column(name = "user_agent")
    String userAgent;
    String reason;
    @Column(name = "idempotency_key")
    String idempotencyKey;
    @Column(name = "payload_type")
    String payloadType;
    @Column(name = "payload_revision")
    String payloadRevision;
    String payload;

    Long getPosition() {
        return position;
    }
}
