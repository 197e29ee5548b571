package com.alumia.admin.query.health;

import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalStatus;
import com.alumia.admin.api.health.SignalViews;
import com.alumia.admin.query.common.ViewJson;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static com.alumia.admin.query.common.BatchedWrites.instant;

/** Reads of the platform health views. */
@Component
class PlatformHealthQueries {

    /** Worst first: down, then degraded, then ok; stale subjects before fresh ones of the same status. */
    private static final Comparator<SignalViews.Signal> WORST_FIRST = Comparator
            .comparing((SignalViews.Signal s) -> -s.status().ordinal())
            .thenComparing(s -> !s.stale())
            .thenComparing(SignalViews.Signal::subject);

    private final JdbcTemplate jdbc;
    private final Duration staleAfter;

    PlatformHealthQueries(DataSource dataSource, @Value(SignalViews.HEARTBEAT) Duration heartbeat) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.staleAfter = heartbeat.multipliedBy(3);
    }

    @QueryHandler
    SignalViews.Signals handle(SignalViews.FindSignalsQuery query) {
        List<SignalViews.Signal> all = jdbc.query("SELECT * FROM platform_signal WHERE area = ?",
                (rs, n) -> signal(rs, query.now()), query.area().name());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (SignalStatus status : SignalStatus.values()) {
            counts.put(status.name().toLowerCase(Locale.ROOT), all.stream().filter(s -> s.status() == status).count());
        }
        List<SignalViews.Signal> items = all.stream()
                .filter(s -> query.status() == null || s.status() == query.status())
                .filter(s -> query.label() == null || hasLabel(s, query.label()))
                .sorted(WORST_FIRST).toList();
        return new SignalViews.Signals(query.area(), counts, items);
    }

    @QueryHandler
    Optional<SignalViews.SignalDetail> handle(SignalViews.FindSignalQuery query) {
        String id = query.area().signalId(query.subject());
        return jdbc.query("SELECT * FROM platform_signal WHERE signal_id = ?", (rs, n) -> signal(rs, query.now()), id)
                   .stream().findFirst()
                   .map(signal -> new SignalViews.SignalDetail(signal, jdbc.query(
                           "SELECT * FROM platform_signal_change WHERE signal_id = ? ORDER BY seq DESC",
                           (rs, n) -> new SignalViews.Change(instant(rs, "at"),
                                   SignalStatus.valueOf(rs.getString("status")), status(rs.getString("previous")),
                                   ViewJson.numbers(rs.getString("metrics")), rs.getString("detail")), id)));
    }

    private SignalViews.Signal signal(ResultSet rs, Instant now) throws SQLException {
        Instant reportedAt = instant(rs, "reported_at");
        return new SignalViews.Signal(SignalArea.valueOf(rs.getString("area")), rs.getString("subject"),
                SignalStatus.valueOf(rs.getString("status")), instant(rs, "since"), reportedAt,
                reportedAt.plus(staleAfter).isBefore(now), ViewJson.numbers(rs.getString("metrics")),
                ViewJson.details(rs.getString("labels")), rs.getString("detail"));
    }

    private static boolean hasLabel(SignalViews.Signal signal, String label) {
        int colon = label.indexOf(':');
        return colon > 0 && label.substring(colon + 1).equals(signal.labels().get(label.substring(0, colon)));
    }

    private static SignalStatus status(String name) {
        return name == null ? null : SignalStatus.valueOf(name);
    }
}
