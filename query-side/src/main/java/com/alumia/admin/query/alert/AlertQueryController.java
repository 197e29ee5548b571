package com.alumia.admin.query.alert;

import com.alumia.admin.api.alert.AlertDetail;
import com.alumia.admin.api.alert.AlertId;
import com.alumia.admin.api.alert.AlertKind;
import com.alumia.admin.api.alert.AlertPage;
import com.alumia.admin.api.alert.AlertStatus;
import com.alumia.admin.api.alert.FindAlertQuery;
import com.alumia.admin.api.alert.FindAlertsQuery;
import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AlertQueryController {

    private final Queries queries;

    AlertQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/alerts")
    AlertPage list(@RequestParam(required = false) AlertStatus status,
                   @RequestParam(required = false) AlertKind kind,
                   @RequestParam(required = false) Severity severity,
                   @RequestParam(required = false) String orgId,
                   @RequestParam(required = false) String source,
                   @RequestParam(required = false) String cursor,
                   @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new FindAlertsQuery(status, kind, severity, orgId == null ? null : new OrgId(orgId),
                                               source, cursor, limit), AlertPage.class);
    }

    @GetMapping("/api/v1/admin/alerts/{alertId}")
    ResponseEntity<AlertDetail> one(@PathVariable String alertId) {
        AlertDetail detail = queries.askOptional(new FindAlertQuery(new AlertId(alertId)), AlertDetail.class)
                                    .orElseThrow(() -> new NotFoundException("alert", alertId));
        return ResponseEntity.ok().eTag(EntityTags.of(detail.summary().version())).body(detail);
    }
}
