package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditPage;
import com.alumia.admin.api.audit.FindAuditEntriesQuery;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

@RestController
class AuditController {

    private final Queries queries;

    AuditController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/audit")
    AuditPage search(@RequestParam(required = false) String actor,
                     @RequestParam(required = false) String action,
                     @RequestParam(required = false) String aggregateType,
                     @RequestParam(required = false) String aggregateId,
                     @RequestParam(required = false) String orgId,
                     @RequestParam(required = false) Instant from,
                     @RequestParam(required = false) Instant to,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new FindAuditEntriesQuery(actor, action, aggregateType, aggregateId, orgId, from, to,
                                                     cursor, limit), AuditPage.class);
    }
}
