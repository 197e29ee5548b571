package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import com.alumia.admin.query.common.BatchedWrites;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Maps between the audit entry of the published language and its row.
 */
final class AuditRecords {

    private AuditRecords() {
    }

    /** The insert of an audit_entry row (a {@link com.alumia.admin.query.common.ViewTables} template). */
    static final String INSERT = """
            INSERT INTO {audit_entry} (position, event_id, action, aggregate_type, aggregate_id, aggregate_sequence,
                                     org_id, occurred_at, actor, actor_roles, actor_org, auth_time,
                                     step_up_age_seconds, acr, amr, request_id, client_address, user_agent, reason,
                                     idempotency_key, payload_type, payload_revision, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The audit_entry row of an entry, in the column order of {@link #INSERT}. */
    static Object[] row(AuditEntry entry, String orgId, String payloadJson) {
        AuditEntry.Aggregate aggregate = entry.aggregate();
        return new Object[]{
                entry.position(), entry.eventId(), entry.action(),
                aggregate == null ? null : aggregate.type(),
                aggregate == null ? null : aggregate.id(),
                aggregate == null ? null : aggregate.sequence(),
                orgId, BatchedWrites.time(entry.occurredAt()),
                entry.actor().subject(), join(entry.actor().roles()), entry.actor().orgId(),
                BatchedWrites.time(entry.stepUp().authTime()), entry.stepUp().ageSeconds(), entry.stepUp().acr(),
                join(entry.stepUp().amr()),
                entry.request().requestId(), entry.request().clientAddress(), entry.request().userAgent(),
                entry.reason(), entry.idempotencyKey(), entry.payloadType(), entry.payloadRevision(), payloadJson};
    }

    static AuditEntry toEntry(AuditRecord r, Function<String, Map<String, Object>> parsePayload) {
        return new AuditEntry(
                r.position,
                r.eventId,
                r.action,
                r.aggregateId == null ? null
                        : new AuditEntry.Aggregate(r.aggregateType, r.aggregateId, r.aggregateSequence),
                r.occurredAt,
                new AuditEntry.Actor(r.actor, split(r.actorRoles), r.actorOrg),
                new AuditEntry.StepUp(r.authTime, r.stepUpAgeSeconds, r.acr, split(r.amr)),
                new AuditEntry.RequestInfo(r.requestId, r.clientAddress, r.userAgent),
                r.reason,
                r.idempotencyKey,
                r.payloadType,
                r.payloadRevision,
                parsePayload.apply(r.payload));
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static List<String> split(String value) {
        return value == null ? List.of() : Arrays.asList(value.split(","));
    }
}
