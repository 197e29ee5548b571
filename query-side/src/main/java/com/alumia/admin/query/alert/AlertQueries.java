package com.alumia.admin.query.alert;

import com.alumia.admin.api.alert.AlertDetail;
import com.alumia.admin.api.alert.AlertId;
import com.alumia.admin.api.alert.AlertPage;
import com.alumia.admin.api.alert.AlertSummary;
import com.alumia.admin.api.alert.FindAlertQuery;
import com.alumia.admin.api.alert.FindAlertsQuery;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.common.Keyset;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

import static com.alumia.admin.query.common.Filters.equal;
import static org.springframework.data.domain.Sort.Direction.DESC;

@Component
class AlertQueries {

    private static final Keyset<AlertRow> BY_SEVERITY = new Keyset<>("severity", List.of(
            new Keyset.Key<>("severityRank", DESC, AlertRow::getSeverityRank),
            new Keyset.Key<>("occurredAt", DESC, AlertRow::getOccurredAt),
            new Keyset.Key<>("alertId", DESC, AlertRow::getAlertId)));

    private final AlertRowRepository alerts;
    private final AggregateHistory history;

    AlertQueries(AlertRowRepository alerts, AggregateHistory history) {
        this.alerts = alerts;
        this.history = history;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    AlertPage handle(FindAlertsQuery query) {
        Specification<AlertRow> filter = Specification.allOf(
                equal("status", query.status()),
                equal("kind", query.kind()),
                equal("severity", query.severity()),
                equal("orgId", query.orgId() == null ? null : query.orgId().value()),
                equal("source", query.source()));
        Keyset.Window<AlertRow> window = BY_SEVERITY.page(alerts, filter, query.cursor(), query.limit());
        return new AlertPage(window.rows().stream().map(AlertQueries::summary).toList(), window.nextCursor());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<AlertDetail> handle(FindAlertQuery query) {
        return alerts.findById(query.alertId().value())
                     .map(row -> new AlertDetail(summary(row),
                                                 history.entries(history.events(row.alertId))));
    }

    private static AlertSummary summary(AlertRow r) {
        return new AlertSummary(new AlertId(r.alertId), new OrgId(r.orgId), r.kind, r.severity, r.status, r.title,
                                r.detail, r.source, r.occurredAt, r.updatedAt, r.version);
    }
}
