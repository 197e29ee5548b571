package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditPage;
import com.alumia.admin.api.audit.FindAuditEntriesQuery;
import com.alumia.admin.query.common.Keyset;

import static com.alumia.admin.query.common.Filters.equal;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

@Component
class AuditQueries {

    private static final Keyset<AuditRecord> GLOBAL_ORDER = new Keyset<>("position", List.of(
            new Keyset.Key<>("position", Sort.Direction.ASC, AuditRecord::getPosition)));

    private final AuditRecordRepository records;
    private final AuditEntries entries;

    AuditQueries(AuditRecordRepository records, AuditEntries entries) {
        this.records = records;
        this.entries = entries;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AuditPage handle(FindAuditEntriesQuery query) {
        Specification<AuditRecord> filter = Specification.allOf(
                equal("actor", query.actor()),
                equal("action", query.action()),
                equal("aggregateType", query.aggregateType()),
                equal("aggregateId", query.aggregateId()),
                equal("orgId", query.orgId()),
                query.from() == null ? null
                        : (root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"), query.from()),
                query.to() == null ? null
                        : (root, q, cb) -> cb.lessThan(root.get("occurredAt"), query.to()));
        Keyset.Window<AuditRecord> window = GLOBAL_ORDER.page(records, filter, query.cursor(), query.limit());
        return new AuditPage(window.rows().stream().map(r -> AuditRecords.toEntry(r, entries::parsePayload)).toList(),
                             window.nextCursor());
    }
}
