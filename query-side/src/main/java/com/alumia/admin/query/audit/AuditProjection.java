package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * The audit view: every event of the log, indexed by actor, action, aggregate, org and time.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
class AuditProjection {

    static final String GROUP = "audit-log";

    private final AuditRecordRepository records;
    private final AggregateOrgRepository orgs;
    private final AuditEntries entries;

    AuditProjection(AuditRecordRepository records, AggregateOrgRepository orgs, AuditEntries entries) {
        this.records = records;
        this.orgs = orgs;
        this.entries = entries;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("token without position"));
        AuditEntry entry = entries.from(message, position);
        records.save(AuditRecords.toRecord(entry, orgOf(entry), entries.toJson(entry.payload())));
    }

    private String orgOf(AuditEntry entry) {
        String named = orgNamedIn(entry.payload());
        if (entry.aggregate() == null) {
            return named;
        }
        if (named != null) {
            orgs.save(new AggregateOrg(entry.aggregate().id(), named));
            return named;
        }
        return orgs.findById(entry.aggregate().id()).map(o -> o.orgId).orElse(null);
    }

    private static String orgNamedIn(Map<String, Object> payload) {
        Object org = payload.get("orgId");
        if (org instanceof Map<?, ?> typed) {
            org = typed.get("value");
        }
        return org == null ? null : org.toString();
    }

    @ResetHandler
    void reset() {
        records.deleteAllInBatch();
        orgs.deleteAllInBatch();
    }
}
