package com.alumia.admin.command.connector;

import com.alumia.admin.command.common.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * The verification posture of every connector over the last days: which accept unsigned events, how many events
 * were verified, accepted unsigned or refused for their signature (and the refused share), and how old each signing
 * secret is. Read from the intake's own counts and the connectors' runtime settings.
 */
@RestController
class ConnectorPosture {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ConnectorPosture(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    record Row(String connector, String scheme, boolean acceptsUnsigned, long verified, long unsignedAllowed,
               long failed, double failureRate, Instant secretRotatedAt, long secretAgeDays) {
    }

    record Report(int days, List<Row> connectors) {
    }

    @GetMapping("/api/v1/admin/connectors/posture")
    Report posture(@RequestParam(defaultValue = "7") int days) {
        if (days < 1 || days > 90) {
            throw DomainException.invalid("posture.days_invalid", "days is 1 to 90");
        }
        Instant now = clock.instant();
        Date since = Date.valueOf(now.atZone(ZoneOffset.UTC).toLocalDate().minusDays(days - 1L));
        return new Report(days, jdbc.query("""
                SELECT r.connector, r.scheme, r.allow_unsigned, r.secret_rotated_at,
                       COALESCE(SUM(CASE WHEN i.posture = 'VERIFIED' THEN i.events END), 0) AS verified,
                       COALESCE(SUM(CASE WHEN i.posture = 'UNSIGNED_ALLOWED' THEN i.events END), 0) AS unsigned_allowed,
                       COALESCE(SUM(CASE WHEN i.posture = 'FAILED' THEN i.events END), 0) AS failed
                FROM connector_runtime r LEFT JOIN connector_intake i ON i.connector = r.connector AND i.on_day >= ?
                GROUP BY r.connector, r.scheme, r.allow_unsigned, r.secret_rotated_at
                ORDER BY r.allow_unsigned DESC, r.connector""", (rs, n) -> {
            long verified = rs.getLong("verified");
            long unsigned = rs.getLong("unsigned_allowed");
            long failed = rs.getLong("failed");
            long all = verified + unsigned + failed;
            Instant rotated = rs.getObject("secret_rotated_at", OffsetDateTime.class).toInstant();
            return new Row(rs.getString("connector"), rs.getString("scheme").toLowerCase(Locale.ROOT),
                    rs.getBoolean("allow_unsigned"), verified, unsigned, failed,
                    all == 0 ? 0 : Math.round(failed * 10_000.0 / all) / 10_000.0, rotated,
                    Duration.between(rotated, now).toDays());
        }, since));
    }
}
