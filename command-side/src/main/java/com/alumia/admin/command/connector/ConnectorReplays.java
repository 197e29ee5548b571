package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ConnectorEventId;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.api.connector.FinishConnectorReplayCommand;
import com.alumia.admin.api.connector.ReplayFilter;
import com.alumia.admin.api.connector.RequeueConnectorEventCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.DueRows;
import com.alumia.admin.command.common.StoredMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.alumia.admin.command.common.Columns.instant;

/**
 * Replays of connector events: which events a filter selects (the dry run says how many, to which endpoints, and
 * how many the worker acknowledged already), and the runs. A run is kept in {@code connector_replay} with what it
 * selects, a cursor, its progress and the audit metadata of the operator who started it; nodes take running replays
 * a chunk of events at a time ({@link DueRows}), each event sent again as its own command with that metadata, so
 * progress shows as it goes, a cancellation stops the run before its next chunk, and a run outlives its node.
 */
@Component
class ConnectorReplays {

    static final int MAX_EVENTS = 100_000;
    static final Duration MAX_PERIOD = Duration.ofDays(31);
    private static final int CHUNK = 200;
    private static final Logger log = LoggerFactory.getLogger(ConnectorReplays.class);

    private final JdbcTemplate jdbc;
    private final CommandSender commands;
    private final Clock clock;
    private final DueRows due;

    ConnectorReplays(DataSource dataSource, CommandSender commands, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.commands = commands;
        this.clock = clock;
        this.due = new DueRows(jdbc, "connector_replay", "replay_id", "next_run_at", "state = 'running'");
    }

    record Endpoint(String endpoint, long events, long acknowledged) {
    }

    /**
     * @param wouldSend     events a replay sends again
     * @param acknowledged  events the worker acknowledged already (sent again only when asked)
     * @param inDelivery    events still being delivered, which a replay leaves alone
     */
    record Preview(long selected, long wouldSend, long acknowledged, long inDelivery, List<Endpoint> endpoints) {
    }

    record Progress(String replayId, int total, int requeued, int skipped, String state, boolean cancelRequested,
                    Instant startedAt, Instant finishedAt) {
    }

    Preview preview(ReplayFilter filter, boolean evenIfAcknowledged) {
        check(filter);
        Selection where = where(filter);
        Map<String, long[]> byEndpoint = new LinkedHashMap<>();
        long[] totals = new long[3];
        jdbc.query("SELECT endpoint, status, count(*) AS n FROM connector_delivery" + where.sql
                   + " GROUP BY endpoint, status ORDER BY endpoint", rs -> {
            long n = rs.getLong("n");
            DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
            long[] e = byEndpoint.computeIfAbsent(rs.getString("endpoint"), k -> new long[2]);
            e[0] += n;
            if (status == DeliveryStatus.DELIVERED) {
                e[1] += n;
                totals[1] += n;
            } else if (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING) {
                totals[2] += n;
            }
            totals[0] += n;
        }, where.args.toArray());
        long wouldSend = totals[0] - totals[2] - (evenIfAcknowledged ? 0 : totals[1]);
        return new Preview(totals[0], wouldSend, totals[1], totals[2], byEndpoint.entrySet().stream()
                .map(e -> new Endpoint(e.getKey(), e.getValue()[0], e.getValue()[1])).toList());
    }

    /** Records a replay to run, in the transaction of its start, with the metadata its events will carry. */
    void open(String replayId, ReplayFilter filter, boolean evenIfAcknowledged, int total, Map<String, ?> metadata) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("""
                INSERT INTO connector_replay (replay_id, connector, org_id, status, from_at, to_at, even_if_acknowledged,
                                              metadata, total, requeued, skipped, state, cancel_requested, next_run_at,
                                              started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'running', FALSE, ?, ?)""", replayId, filter.connector(),
                filter.orgId(), filter.status() == null ? null : filter.status().name(), Timestamp.from(filter.from()),
                Timestamp.from(filter.to()), evenIfAcknowledged, StoredMetadata.write(metadata), total, now, now);
    }

    void requestCancellation(String replayId) {
        jdbc.update("UPDATE connector_replay SET cancel_requested = TRUE WHERE replay_id = ?", replayId);
    }

    Optional<Progress> progress(String replayId) {
        return jdbc.query("SELECT * FROM connector_replay WHERE replay_id = ?", (rs, n) -> new Progress(
                rs.getString("replay_id"), rs.getInt("total"), rs.getInt("requeued"), rs.getInt("skipped"),
                rs.getString("state"), rs.getBoolean("cancel_requested"), instant(rs, "started_at"),
                instant(rs, "finished_at")), replayId).stream().findFirst();
    }

    @Scheduled(initialDelayString = "${alumia.connectors.poll-interval:250ms}",
               fixedDelayString = "${alumia.connectors.poll-interval:250ms}")
    void runDue() {
        for (Map<String, Object> row : due.take(clock.instant(), Duration.ofMinutes(1), 1)) {
            try {
                runChunk((String) row.get("replay_id"));
            } catch (RuntimeException e) {
                log.warn("Replay {} stopped on a failure; it goes on from its cursor in a minute", row.get("replay_id"),
                        e);
            }
        }
    }

    /** Sends the next chunk of the replay's events again, or ends the replay when none are left or it is cancelled. */
    private void runChunk(String replayId) {
        Map<String, Object> replay = jdbc.queryForMap("SELECT * FROM connector_replay WHERE replay_id = ?", replayId);
        Map<String, Object> metadata = StoredMetadata.read((String) replay.get("metadata"));
        int requeued = ((Number) replay.get("requeued")).intValue();
        int skipped = ((Number) replay.get("skipped")).intValue();
        if (Boolean.TRUE.equals(replay.get("cancel_requested"))) {
            finish(replayId, requeued, skipped, true, metadata);
            return;
        }
        ReplayFilter filter = new ReplayFilter((String) replay.get("connector"), (String) replay.get("org_id"),
                replay.get("status") == null ? null : DeliveryStatus.valueOf((String) replay.get("status")),
                instant(replay.get("from_at")), instant(replay.get("to_at")));
        Selection where = where(filter);
        List<Object> args = new ArrayList<>(where.args);
        String after = "";
        if (replay.get("cursor_id") != null) {
            after = " AND (received_at > ? OR (received_at = ? AND id > ?))";
            args.add(replay.get("cursor_received_at"));
            args.add(replay.get("cursor_received_at"));
            args.add(replay.get("cursor_id"));
        }
        args.add(CHUNK);
        List<Map<String, Object>> chunk = jdbc.queryForList("SELECT id, received_at FROM connector_delivery" + where.sql
                + after + " ORDER BY received_at, id FETCH FIRST ? ROWS ONLY", args.toArray());
        boolean evenIfAcknowledged = Boolean.TRUE.equals(replay.get("even_if_acknowledged"));
        for (Map<String, Object> event : chunk) {
            boolean sent = commands.sendWith(new RequeueConnectorEventCommand(new ConnectorEventId(
                    (String) event.get("id")), replayId, evenIfAcknowledged), metadata);
            if (sent) {
                requeued++;
            } else {
                skipped++;
            }
            jdbc.update("UPDATE connector_replay SET requeued = ?, skipped = ?, cursor_received_at = ?, cursor_id = ? "
                        + "WHERE replay_id = ?", requeued, skipped, event.get("received_at"), event.get("id"),
                    replayId);
        }
        if (chunk.size() < CHUNK) {
            finish(replayId, requeued, skipped, false, metadata);
        } else {
            jdbc.update("UPDATE connector_replay SET next_run_at = ? WHERE replay_id = ?",
                    Timestamp.from(clock.instant()), replayId);
        }
    }

    private void finish(String replayId, int requeued, int skipped, boolean cancelled, Map<String, Object> metadata) {
        commands.sendWith(new FinishConnectorReplayCommand(replayId, requeued, skipped, cancelled), metadata);
        jdbc.update("UPDATE connector_replay SET state = ?, finished_at = ?, next_run_at = NULL WHERE replay_id = ?",
                cancelled ? "cancelled" : "finished", Timestamp.from(clock.instant()), replayId);
    }

    static void check(ReplayFilter filter) {
        if (filter.from() == null || filter.to() == null || !filter.from().isBefore(filter.to())) {
            throw DomainException.invalid("replay.period_required", "a replay covers a period: from before to");
        }
        if (Duration.between(filter.from(), filter.to()).compareTo(MAX_PERIOD) > 0) {
            throw DomainException.invalid("replay.period_too_long", "a replay covers at most 31 days");
        }
    }

    private record Selection(String sql, List<Object> args) {
    }

    private static Selection where(ReplayFilter filter) {
        StringBuilder sql = new StringBuilder(" WHERE received_at >= ? AND received_at < ?");
        List<Object> args = new ArrayList<>(List.of(Timestamp.from(filter.from()), Timestamp.from(filter.to())));
        if (filter.connector() != null) {
            sql.append(" AND connector = ?");
            args.add(filter.connector());
        }
        if (filter.orgId() != null) {
            sql.append(" AND org_id = ?");
            args.add(filter.orgId());
        }
        if (filter.status() != null) {
            sql.append(" AND status = ?");
            args.add(filter.status().name());
        }
        return new Selection(sql.toString(), args);
    }
}
