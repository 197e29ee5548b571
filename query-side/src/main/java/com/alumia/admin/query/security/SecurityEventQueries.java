package com.alumia.admin.query.security;

import com.alumia.admin.api.security.SecurityEventViews;
import com.alumia.admin.api.security.SecuritySeverity;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import static com.alumia.admin.query.common.BatchedWrites.instant;
import static com.alumia.admin.query.common.BatchedWrites.time;

/** Reads of /admin/security. */
@Component
class SecurityEventQueries {

    private final JdbcTemplate jdbc;

    SecurityEventQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    SecurityEventViews.Events handle(SecurityEventViews.FindSecurityEventsQuery query) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        SqlWhere counted = where(query);
        jdbc.query("SELECT kind, count(*) AS n FROM security_event_view" + counted.sql()
                   + " GROUP BY kind ORDER BY n DESC, kind", rs -> {
            byKind.put(rs.getString("kind"), rs.getLong("n"));
        }, counted.args());
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (SecuritySeverity severity : SecuritySeverity.values()) {
            bySeverity.put(severity.name().toLowerCase(Locale.ROOT), 0L);
        }
        jdbc.query("SELECT severity, count(*) AS n FROM security_event_view" + counted.sql() + " GROUP BY severity",
                rs -> {
                    bySeverity.put(rs.getString("severity").toLowerCase(Locale.ROOT), rs.getLong("n"));
                }, counted.args());
        SqlWhere page = where(query).then(Limits.clamp(query.limit()));
        return new SecurityEventViews.Events(jdbc.query("SELECT * FROM security_event_view" + page.sql()
                + " ORDER BY occurred_at DESC, event_id FETCH FIRST ? ROWS ONLY",
                (rs, n) -> new SecurityEventViews.Event(rs.getString("event_id"), instant(rs, "occurred_at"),
                        rs.getString("source"), rs.getString("kind"), SecuritySeverity.valueOf(rs.getString("severity")),
                        rs.getString("org_id"), rs.getString("subject"), rs.getString("detail")), page.args()),
                byKind, bySeverity);
    }

    private static SqlWhere where(SecurityEventViews.FindSecurityEventsQuery query) {
        return new SqlWhere().and("kind", query.kind()).and("org_id", query.orgId()).and("source", query.source())
                .within("severity_rank", query.minSeverity() == null ? null : query.minSeverity().ordinal(), null)
                .within("occurred_at", time(query.from()), time(query.to()));
    }
}
