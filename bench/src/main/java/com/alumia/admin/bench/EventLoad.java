package com.alumia.admin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeding the store to a million events, and replays of the projections over it.
 */
final class EventLoad {

    static final List<String> REPLAYED = List.of("feedback-queue", "audit-log");
    /** The tables of the replayed views. */
    static final List<String> VIEW_TABLES = List.of("feedback_item", "feedback_item_version", "feedback_group",
            "feedback_group_org", "audit_entry", "audit_aggregate_org");
    private static final Pattern POSITION = Pattern.compile("\"(?:index|globalIndex)\"\\s*:\\s*(\\d+)");

    private EventLoad() {
    }

    /**
     * Grows the store to {@code target} events by cloning the feedback histories the command runs produced, each
     * copy under new aggregate ids (the id inside the payload renamed too), so every seeded event is one the app
     * itself wrote, byte for byte but for the id. Done by PostgreSQL in chunks while the app is stopped.
     */
    static Map<String, Object> seed(Database db, long target) throws Exception {
        long templateHead = db.queryLong("SELECT coalesce(max(global_index), 0) FROM domain_event_entry");
        long templates = db.queryLong("SELECT count(*) FROM domain_event_entry WHERE type = 'Feedback'");
        long existing = db.queryLong("SELECT count(*) FROM domain_event_entry");
        if (templates == 0) {
            throw new IllegalStateException("no feedback events to clone: the command runs wrote none");
        }
        long copies = Math.max(0, (target - existing + templates - 1) / templates);
        long perChunk = Math.max(1, 100_000 / templates);
        long started = System.nanoTime();
        try (Connection c = db.connect(); PreparedStatement insert = c.prepareStatement("""
                INSERT INTO domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,
                                                time_stamp, payload_type, payload_revision, payload, meta_data)
                SELECT gen_random_uuid()::text, e.aggregate_identifier || 'x' || n, e.sequence_number, e.type,
                       e.time_stamp, e.payload_type, e.payload_revision,
                       convert_to(replace(convert_from(e.payload, 'UTF8'), e.aggregate_identifier,
                                          e.aggregate_identifier || 'x' || n), 'UTF8'),
                       e.meta_data
                FROM generate_series(?::bigint, ?::bigint) AS n
                CROSS JOIN (SELECT * FROM domain_event_entry WHERE type = 'Feedback' AND global_index <= ?) AS e
                ORDER BY n, e.global_index""")) {
            for (long from = 1; from <= copies; from += perChunk) {
                insert.setLong(1, from);
                insert.setLong(2, Math.min(copies, from + perChunk - 1));
                insert.setLong(3, templateHead);
                insert.executeUpdate();
            }
        }
        db.execute("VACUUM ANALYZE domain_event_entry");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", db.queryLong("SELECT count(*) FROM domain_event_entry"));
        m.put("templateEvents", templates);
        m.put("seconds", Stats.round((System.nanoTime() - started) / 1e9));
        return m;
    }

    /**
     * Moves every processor but the replayed ones to the head of the seeded store, as if they had followed the
     * seeded events as they were appended: a rebuild is timed against processors that are caught up, as an
     * operator's rebuild runs. (Left behind, a dozen processors each catch up over the million events at the same
     * time as the rebuild, on the same two cores: the rebuild then ran at about 1,800 events/s.)
     */
    static void settleOtherProcessors(Database db) throws Exception {
        long head = db.queryLong("SELECT max(global_index) FROM domain_event_entry");
        db.execute("UPDATE token_entry SET token = convert_to('{\"index\":" + head + ",\"gaps\":[]}', 'UTF8'), "
                   + "token_type = 'org.axonframework.eventhandling.GapAwareTrackingToken', owner = NULL "
                   + "WHERE processor_name NOT IN ('" + String.join("', '", REPLAYED) + "')");
    }

    /**
     * Forgets the replayed groups' tokens and empties their views, as a reset does; the app must be stopped. Indexes
     * that a replay cut off in the middle left held back are made again first (on empty tables, at once), so every
     * replay starts from the views as the migrations made them.
     */
    static void reset(Database db) throws Exception {
        db.execute("DELETE FROM token_entry WHERE processor_name IN ('feedback-queue', 'audit-log')",
                "TRUNCATE " + String.join(", ", VIEW_TABLES));
        List<String> held = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT definition FROM deferred_view_index")) {
            while (rs.next()) {
                held.add(rs.getString(1).replaceFirst("^CREATE INDEX ", "CREATE INDEX IF NOT EXISTS "));
            }
        }
        held.add("DELETE FROM deferred_view_index");
        db.execute(held.toArray(String[]::new));
    }

    /**
     * Starts the app with {@code properties}, then follows the replayed groups' tokens until every segment has
     * reached the head of the store and the views have every index again (the app holds secondary indexes back
     * while it fills a view from empty, and makes them at the end), or {@code limitSeconds} pass. The clock starts
     * when the processors have claimed their segments, so JVM and Spring start-up are not counted.
     */
    static Map<String, Object> replay(Database db, Options options, java.nio.file.Path log,
                                      Map<String, String> properties, int limitSeconds) throws Exception {
        long head = db.queryLong("SELECT max(global_index) FROM domain_event_entry");
        long events = db.queryLong("SELECT count(*) FROM domain_event_entry");
        try (AppProcess app = AppProcess.start(options, db, log, properties)) {
            long deadline = System.nanoTime() + 120_000_000_000L;
            Long clockStart = null;
            long reached = 0;
            long mostHeld = 0;
            while (true) {
                Map<String, Long> positions = positions(db);
                long now = System.nanoTime();
                if (clockStart == null) {
                    if (positions.keySet().containsAll(REPLAYED)) {
                        clockStart = now;
                        deadline = now + limitSeconds * 1_000_000_000L;
                    } else if (now > deadline) {
                        throw new IllegalStateException("the processors never claimed their segments");
                    }
                }
                reached = REPLAYED.stream().mapToLong(g -> positions.getOrDefault(g, 0L)).min().orElse(0);
                long held = db.queryLong("SELECT count(*) FROM deferred_view_index WHERE table_name IN ("
                                         + String.join(", ", VIEW_TABLES.stream().map(t -> "'" + t + "'").toList())
                                         + ")");
                mostHeld = Math.max(mostHeld, held);
                if (clockStart != null && ((reached >= head && held == 0) || now > deadline)) {
                    double seconds = (now - clockStart) / 1e9;
                    double share = head == 0 ? 1 : (double) reached / head;
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("events", events);
                    m.put("completed", reached >= head && held == 0);
                    m.put("indexesHeldBack", mostHeld);
                    m.put("eventsReplayed", Math.round(events * share));
                    m.put("seconds", Stats.round(seconds));
                    m.put("perSecond", Stats.round(events * share / seconds));
                    m.put("groups", REPLAYED);
                    m.put("settings", properties);
                    m.put("peakRssMiB", app.peakRssMiB());
                    return m;
                }
                Thread.sleep(50);
            }
        }
    }

    /**
     * Starts the app with its processors caught up and times its hash chain from the first link written until the
     * chain reaches the head of the store.
     */
    static Map<String, Object> chain(Database db, Options options, java.nio.file.Path log) throws Exception {
        long head = db.queryLong("SELECT max(global_index) FROM domain_event_entry");
        long from = db.queryLong("SELECT position FROM event_chain_state");
        try (AppProcess app = AppProcess.start(options, db, log, Map.of())) {
            long deadline = System.nanoTime() + 3_600_000_000_000L;
            Long clockStart = null;
            long startPosition = from;
            while (System.nanoTime() < deadline) {
                long position = db.queryLong("SELECT position FROM event_chain_state");
                long now = System.nanoTime();
                if (clockStart == null && position > from) {
                    clockStart = now;
                    startPosition = position;
                }
                if (position >= head) {
                    double seconds = clockStart == null ? 0 : (now - clockStart) / 1e9;
                    long events = db.queryLong("SELECT count(*) FROM event_chain_link WHERE position > "
                                               + startPosition);
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("eventsChained", events);
                    m.put("seconds", Stats.round(seconds));
                    m.put("perSecond", seconds == 0 ? 0 : Stats.round(events / seconds));
                    m.put("checkpoints", db.queryLong("SELECT count(*) FROM event_chain_checkpoint"));
                    m.put("peakRssMiB", app.peakRssMiB());
                    return m;
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the chain did not reach the head of the store within an hour");
        }
    }

    /** Per replayed group, the lowest position over its segments (0 for a segment not started). */
    static Map<String, Long> positions(Database db) throws Exception {
        Map<String, Long> min = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT processor_name, token FROM token_entry "
                                           + "WHERE processor_name IN ('feedback-queue', 'audit-log')")) {
            while (rs.next()) {
                byte[] token = rs.getBytes(2);
                long position = 0;
                if (token != null) {
                    // A replay token names the head it replays to first; the position is its current token,
                    // which a replay that has not handled an event yet does not have.
                    String text = new String(token, java.nio.charset.StandardCharsets.UTF_8);
                    boolean replay = text.contains("\"tokenAtReset\"");
                    int current = text.indexOf("\"currentToken\"");
                    Matcher m = POSITION.matcher(current < 0 ? text : text.substring(current));
                    position = (replay && current < 0) || !m.find() ? 0 : Long.parseLong(m.group(1));
                }
                min.merge(rs.getString(1), position, Math::min);
            }
        }
        return min;
    }
}
