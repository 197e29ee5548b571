package com.alumia.admin.query.usage;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.usage.UsageViews;
import com.alumia.admin.query.common.AuditedExports;
import com.alumia.admin.query.common.Queries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * Spend against budgets (billing health), spend reviews, and usage exports. An export streams an org's records of
 * a period as CSV or NDJSON in pages of the database, so its size does not matter; {@code X-Total-Rows} tells a
 * client how far along it is, and the download is audited before its first row and after its last.
 */
@RestController
class UsageQueryController {

    private static final int PAGE = 1_000;
    private static final List<AuditedExports.Column> COLUMNS = List.of(
            AuditedExports.Column.of("event_id", "eventId", "event_id"),
            AuditedExports.Column.of("occurred_at", "occurredAt", "occurred_at"),
            AuditedExports.Column.of("org_id", "orgId", "org_id"),
            AuditedExports.Column.of("workspace_id", "workspaceId", "workspace_id"),
            AuditedExports.Column.of("model", "model", "model"),
            AuditedExports.Column.of("tokens_in", "tokensIn", "tokens_in"),
            AuditedExports.Column.of("tokens_out", "tokensOut", "tokens_out"),
            new AuditedExports.Column("cost_usd", "costMicros", row -> usd(row.get("cost_micros")),
                    row -> ((Number) row.get("cost_micros")).longValue()));
    private static final Duration MAX_EXPORT_PERIOD = Duration.ofDays(366);

    private final Queries queries;
    private final JdbcTemplate jdbc;
    private final AuditedExports exports;
    private final Clock clock;

    UsageQueryController(Queries queries, DataSource dataSource, AuditedExports exports, Clock clock) {
        this.queries = queries;
        this.jdbc = new JdbcTemplate(dataSource);
        this.exports = exports;
        this.clock = clock;
    }

    @GetMapping("/api/v1/admin/usage/spend")
    UsageViews.Spends spend(@RequestParam(required = false) String orgId) {
        return queries.ask(new UsageViews.FindSpendQuery(orgId, clock.instant()), UsageViews.Spends.class);
    }

    @GetMapping("/api/v1/admin/usage/review")
    UsageViews.Review review(@RequestParam Instant from, @RequestParam Instant to,
                             @RequestParam(required = false) String orgId,
                             @RequestParam(defaultValue = "10") int top) {
        period(from, to, Duration.ofDays(366));
        return queries.ask(new UsageViews.ReviewQuery(from, to, orgId, top), UsageViews.Review.class);
    }

    @GetMapping("/api/v1/admin/usage/export")
    void export(@RequestParam String orgId, @RequestParam Instant from, @RequestParam Instant to,
                @RequestParam(defaultValue = "csv") String format, @RequestParam String reason,
                HttpServletResponse response) throws IOException {
        period(from, to, MAX_EXPORT_PERIOD);
        long total = jdbc.queryForObject("SELECT count(*) FROM usage_record WHERE org_id = ? AND occurred_at >= ? "
                                         + "AND occurred_at < ?", Long.class, orgId, time(from), time(to));
        exports.stream(new AuditedExports.Export("usage", AuditedExports.format(format),
                Map.of("orgId", orgId, "from", from.toString(), "to", to.toString()), AuditedExports.reason(reason),
                "usage-" + orgId, total, COLUMNS, PAGE,
                last -> page(orgId, from, to, last == null ? null : last.get("occurred_at"),
                        last == null ? "" : (String) last.get("event_id"))), response);
    }

    private List<Map<String, Object>> page(String orgId, Instant from, Instant to, Object afterTime,
                                           String afterId) {
        if (afterTime == null) {
            return jdbc.queryForList("SELECT * FROM usage_record WHERE org_id = ? AND occurred_at >= ? AND occurred_at < ? "
                                     + "ORDER BY occurred_at, event_id FETCH FIRST ? ROWS ONLY", orgId, time(from),
                    time(to), PAGE);
        }
        return jdbc.queryForList("SELECT * FROM usage_record WHERE org_id = ? AND occurred_at < ? AND (occurred_at > ? "
                                 + "OR (occurred_at = ? AND event_id > ?)) ORDER BY occurred_at, event_id "
                                 + "FETCH FIRST ? ROWS ONLY", orgId, time(to), afterTime, afterTime, afterId, PAGE);
    }

    private static void period(Instant from, Instant to, Duration longest) {
        if (!from.isBefore(to)) {
            throw new InvalidValueException("from is before to");
        }
        if (Duration.between(from, to).compareTo(longest) > 0) {
            throw new InvalidValueException("a period is at most " + longest.toDays() + " days");
        }
    }

    private static String usd(Object micros) {
        return BigDecimal.valueOf(((Number) micros).longValue(), 6).toPlainString();
    }
}
