package com.alumia.admin.query.newsletter;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.newsletter.NewsletterViews;
import com.alumia.admin.query.common.AuditedExports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newsletter list for operators: counts by state, source and locale. The addresses themselves leave only through
 * the export, which needs a fresh super_admin and a reason and is audited before its first row and after its last
 * with the row count.
 */
@RestController
class NewsletterQueryController {

    private static final int PAGE = 1_000;
    private static final List<AuditedExports.Column> COLUMNS = List.of(
            AuditedExports.Column.of("email", "email", "email"),
            AuditedExports.Column.of("locale", "locale", "locale"),
            AuditedExports.Column.of("source", "source", "source"),
            AuditedExports.Column.of("subscribed", "subscribed", "subscribed"),
            AuditedExports.Column.of("consent_at", "consentAt", "consent_at"),
            AuditedExports.Column.of("subscribed_at", "subscribedAt", "subscribed_at"),
            AuditedExports.Column.of("unsubscribed_at", "unsubscribedAt", "unsubscribed_at"));

    private final JdbcTemplate jdbc;
    private final AuditedExports exports;

    NewsletterQueryController(DataSource dataSource, AuditedExports exports) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.exports = exports;
    }

    @GetMapping("/api/v1/admin/newsletter/subscribers")
    NewsletterViews.Summary summary() {
        Map<Boolean, Long> byState = new LinkedHashMap<>();
        jdbc.query("SELECT subscribed, count(*) AS n FROM newsletter_subscriber GROUP BY subscribed",
                rs -> {
                    byState.put(rs.getBoolean("subscribed"), rs.getLong("n"));
                });
        return new NewsletterViews.Summary(byState.getOrDefault(true, 0L), byState.getOrDefault(false, 0L),
                counts("source"), counts("locale"));
    }

    private Map<String, Long> counts(String column) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query("SELECT " + column + " AS k, count(*) AS n FROM newsletter_subscriber WHERE subscribed = TRUE "
                   + "GROUP BY " + column + " ORDER BY n DESC, k", rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }

    /** @param state {@code subscribed} (the default: the list to send to), {@code unsubscribed} or {@code all} */
    @GetMapping("/api/v1/admin/newsletter/subscribers/export")
    void export(@RequestParam(defaultValue = "subscribed") String state,
                @RequestParam(defaultValue = "csv") String format, @RequestParam String reason,
                HttpServletResponse response) throws IOException {
        String where = switch (state) {
            case "subscribed" -> " WHERE subscribed = TRUE";
            case "unsubscribed" -> " WHERE subscribed = FALSE";
            case "all" -> " WHERE 1 = 1";
            default -> throw new InvalidValueException("state is subscribed, unsubscribed or all");
        };
        String checkedFormat = AuditedExports.format(format);
        String checkedReason = AuditedExports.reason(reason);
        long total = jdbc.queryForObject("SELECT count(*) FROM newsletter_subscriber" + where, Long.class);
        exports.stream(new AuditedExports.Export("newsletter_subscribers", checkedFormat, Map.of("state", state),
                checkedReason, "newsletter-subscribers", total, COLUMNS, PAGE,
                last -> jdbc.queryForList("SELECT * FROM newsletter_subscriber" + where + " AND subscriber_id > ? "
                                          + "ORDER BY subscriber_id FETCH FIRST ? ROWS ONLY",
                        last == null ? "" : last.get("subscriber_id"), PAGE)), response);
    }
}
