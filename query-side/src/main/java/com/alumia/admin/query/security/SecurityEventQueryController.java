package com.alumia.admin.query.security;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.security.SecurityEventViews;
import com.alumia.admin.api.security.SecuritySeverity;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Locale;

/** /admin/security: security events, newest first, with counts per kind and severity. */
@RestController
class SecurityEventQueryController {

    private final Queries queries;

    SecurityEventQueryController(Queries queries) {
        this.queries = queries;
    }

    /** @param minSeverity low, medium, high or critical: that and above */
    @GetMapping("/api/v1/admin/security/events")
    SecurityEventViews.Events events(@RequestParam(required = false) String kind,
                                     @RequestParam(required = false) String minSeverity,
                                     @RequestParam(required = false) String orgId,
                                     @RequestParam(required = false) String source,
                                     @RequestParam(required = false) Instant from,
                                     @RequestParam(required = false) Instant to,
                                     @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new SecurityEventViews.FindSecurityEventsQuery(kind, severity(minSeverity), orgId, source,
                from, to, limit), SecurityEventViews.Events.class);
    }

    private static SecuritySeverity severity(String name) {
        if (name == null) {
            return null;
        }
        try {
            return SecuritySeverity.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("minSeverity is low, medium, high or critical");
        }
    }
}
