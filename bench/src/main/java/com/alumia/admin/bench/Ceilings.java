package com.alumia.admin.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The machine's limits for what the app does, measured with plain JDBC: one event row inserted and committed per
 * transaction (what each command costs the database at least), and the event table read in order (what a replay
 * reads).
 */
final class Ceilings {

    private Ceilings() {
    }

    /**
     * Single-row insert-and-commit into a copy of the event table, rows shaped like a real stored event (the
     * newest one's payload and metadata), from {@code threads} connections for {@code seconds}.
     */
    static Map<String, Object> insertAndCommit(Database db, int threads, int seconds) throws Exception {
        db.execute("DROP TABLE IF EXISTS bench_event_copy",
                "CREATE TABLE bench_event_copy (LIKE domain_event_entry INCLUDING ALL)");
        byte[] payload;
        byte[] metadata;
        String payloadType;
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT payload, meta_data, payload_type FROM domain_event_entry "
                                           + "ORDER BY global_index DESC LIMIT 1")) {
            rs.next();
            payload = rs.getBytes(1);
            metadata = rs.getBytes(2);
            payloadType = rs.getString(3);
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            counts.add(pool.submit(() -> {
                long n = 0;
                try (Connection c = db.connect(); PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO bench_event_copy (event_identifier, aggregate_identifier, sequence_number, type,"
                        + " time_stamp, payload_type, payload_revision, payload, meta_data)"
                        + " VALUES (?, ?, 0, 'Feedback', ?, ?, '1', ?, ?)")) {
                    c.setAutoCommit(true);
                    while (running.get()) {
                        String id = UUID.randomUUID().toString();
                        insert.setString(1, id);
                        insert.setString(2, "fb_" + id);
                        insert.setString(3, java.time.Instant.now().toString());
                        insert.setString(4, payloadType);
                        insert.setBytes(5, payload);
                        insert.setBytes(6, metadata);
                        insert.executeUpdate();
                        n++;
                    }
                }
                return n;
            }));
        }
        Thread.sleep(seconds * 1000L);
        running.set(false);
        long total = 0;
        for (Future<Long> f : counts) {
            total += f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        db.execute("DROP TABLE bench_event_copy");
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("connections", threads);
        m.put("rowBytes", payload.length + metadata.length);
        m.put("perSecond", Stats.round(total / elapsed));
        return m;
    }

    /** The whole event table read in global order with every column, as a replay reads it. */
    static Map<String, Object> sequentialRead(Database db) throws SQLException {
        long rows = 0;
        long bytes = 0;
        long started = System.nanoTime();
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(1_000);
                try (ResultSet rs = s.executeQuery("SELECT global_index, event_identifier, aggregate_identifier,"
                        + " sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data"
                        + " FROM domain_event_entry ORDER BY global_index")) {
                    while (rs.next()) {
                        rows++;
                        bytes += rs.getBytes(9).length + rs.getBytes(10).length + rs.getString(2).length();
                    }
                }
            }
            c.commit();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("events", rows);
        m.put("mib", Stats.round(bytes / 1048576.0));
        m.put("seconds", Stats.round(elapsed));
        m.put("perSecond", Stats.round(rows / elapsed));
        return m;
    }
}
