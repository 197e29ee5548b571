package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import com.alumia.admin.query.common.AsideView;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The audit view: every event of the log, indexed by actor, action, aggregate, org and time.
 */
@Component
@ProcessingGroup(AuditProjection.GROUP)
class AuditProjection implements AsideView {

    static final String GROUP = "audit-log";
    private static final int RECENT_ORGS = 50_000;

    private final BatchedWrites writes;
    private final AuditEntries entries;
    /**
     * The org of recently seen aggregates: an aggregate never changes org, and most of its events follow its first
     * one closely, so a replay looks up far fewer rows. A batch that rolls back leaves only true entries here.
     */
    private final Map<String, String> recentOrgs = Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > RECENT_ORGS;
        }
    });

    private final ViewTables tables;
    private final String insertEntry;
    private final String insertOrg;
    private final String selectOrg;

    @Autowired
    AuditProjection(BatchedWrites writes, AuditEntries entries) {
        this(writes, entries, ViewTables.LIVE);
    }

    private AuditProjection(BatchedWrites writes, AuditEntries entries, ViewTables tables) {
        this.writes = writes;
        this.entries = entries;
        this.tables = tables;
        this.insertEntry = tables.sql(AuditRecords.INSERT);
        this.insertOrg = tables.sql("INSERT INTO {audit_aggregate_org} (aggregate_id, org_id) VALUES (?, ?) "
                                    + "ON CONFLICT DO NOTHING");
        this.selectOrg = tables.sql("SELECT org_id FROM {audit_aggregate_org} WHERE aggregate_id = ?");
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of("audit_entry", "audit_aggregate_org");
    }

    @Override
    public Object writingTo(ViewTables tables) {
        return new AuditProjection(writes, entries, tables);
    }

    /**
     * Every event, without deserializing its payload: the row takes the payload as stored, and the org is found by
     * a scan of it. New aggregate-to-org rows are kept for the batch and written together when it commits, so the
     * entries' inserts stay one JDBC batch rather than alternating with them.
     */
    @EventHandler(payloadType = Object.class)
    void on(EventMessage<?> message, TrackingToken token) {
        long position = token.position().orElseThrow(() -> new IllegalStateException("token without position"));
        AuditEntry entry = entries.withoutPayload(message, position);
        String payload = entries.payloadJson(message);
        writes.current().add(insertEntry, AuditRecords.row(entry, orgOf(entry, payload), payload));
    }

    private String orgOf(AuditEntry entry, String payload) {
        String named = entries.orgNamedIn(payload);
        if (entry.aggregate() == null) {
            return named;
        }
        String aggregateId = entry.aggregate().id();
        Map<String, String> batchOrgs = batchOrgs();
        if (named != null) {
            batchOrgs.put(aggregateId, named);
            recentOrgs.put(aggregateId, named);
            return named;
        }
        String known = recentOrgs.get(aggregateId);
        if (known == null) {
            known = batchOrgs.get(aggregateId);
        }
        if (known != null) {
            return known;
        }
        String stored = writes.jdbc().query(selectOrg, rs -> rs.next() ? rs.getString(1) : null, aggregateId);
        if (stored != null) {
            recentOrgs.put(aggregateId, stored);
        }
        return stored;
    }

    /** The aggregates whose org this batch learnt, written when it commits. */
    private Map<String, String> batchOrgs() {
        return writes.current().state(insertOrg, LinkedHashMap<String, String>::new, orgs -> {
            BatchedWrites.run(writes.jdbc(), insertOrg, orgs.entrySet().stream()
                    .map(e -> new Object[]{e.getKey(), e.getValue()}).toList());
        });
    }

    @ResetHandler
    void reset() {
        recentOrgs.clear();
        writes.jdbc().update(tables.sql("DELETE FROM {audit_entry}"));
        writes.jdbc().update(tables.sql("DELETE FROM {audit_aggregate_org}"));
    }
}
