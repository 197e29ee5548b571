package com.alumia.admin.command.common;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Fixed-window request budgets per client, counted in the database so that every node of the app shares them.
 * Two concurrent requests may both find room for the last one; the budget is a guard against floods, not a quota.
 */
@Component
public class RateLimits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RateLimits(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
    }

    /**
     * Refuses with {@link RateLimitedException} when the client has used up {@code limit} in the current window.
     * Only {@link #count counted} requests use it up, so a caller counts what it accepted, not what it refused.
     */
    public void requireRoom(String bucket, String client, int limit, Duration window) {
        Instant now = clock.instant();
        Instant start = windowStart(now, window);
        Integer used = jdbc.query("SELECT used FROM rate_window WHERE bucket_key = ? AND window_start = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, key(bucket, client), Timestamp.from(start));
        if (used != null && used >= limit) {
            Duration retry = Duration.between(now, start.plus(window));
            throw new RateLimitedException("At most " + limit + " requests per " + window.toMinutes()
                    + " minutes from one client; try again in " + Math.max(1, retry.toSeconds()) + " s", retry);
        }
    }

    /** Counts one accepted request of the client in the current window (and forgets windows long past). */
    public void count(String bucket, String client, Duration window) {
        Instant start = windowStart(clock.instant(), window);
        String key = key(bucket, client);
        Timestamp startAt = Timestamp.from(start);
        String increment = "UPDATE rate_window SET used = used + 1 WHERE bucket_key = ? AND window_start = ?";
        if (jdbc.update(increment, key, startAt) == 0) {
            try {
                jdbc.update("INSERT INTO rate_window (bucket_key, window_start, used) VALUES (?, ?, 1)", key, startAt);
            } catch (DuplicateKeyException e) {
                jdbc.update(increment, key, startAt);
            }
            jdbc.update("DELETE FROM rate_window WHERE window_start < ?", Timestamp.from(start.minus(window)));
        }
    }

    private static String key(String bucket, String client) {
        return bucket + ":" + (client == null ? "unknown" : client);
    }

    private static Instant windowStart(Instant now, Duration window) {
        long millis = window.toMillis();
        return Instant.ofEpochMilli(now.toEpochMilli() / millis * millis);
    }
}
