package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;

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

    static AuditRecord toRecord(AuditEntry entry, String orgId, String payloadJson) {
        AuditRecord r = new AuditRecord();
        r.position = entry.position();
        r.eventId = entry.eventId();
        r.action = entry.action();
        if (entry.aggregate() != null) {
            r.aggregateType = entry.aggregate().type();
            r.aggregateId = entry.aggregate().id();
            r.aggregateSequence = entry.aggregate().sequence();
        }
        r.orgId = orgId;
        r.occurredAt = entry.occurredAt();
        r.actor = entry.actor().subject();
        r.actorRoles = join(entry.actor().roles());
        r.actorOrg = entry.actor().orgId();
        r.authTime = entry.stepUp().authTime();
        r.stepUpAgeSeconds = entry.stepUp().ageSeconds();
        r.acr = entry.stepUp().acr();
        r.amr = join(entry.stepUp().amr());
        r.requestId = entry.request().requestId();
        r.clientAddress = entry.request().clientAddress();
        r.userAgent = entry.request().userAgent();
        r.reason = entry.reason();
        r.idempotencyKey = entry.idempotencyKey();
        r.payloadType = entry.payloadType();
        r.payloadRevision = entry.payloadRevision();
        r.payload = payloadJson;
        return r;
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
