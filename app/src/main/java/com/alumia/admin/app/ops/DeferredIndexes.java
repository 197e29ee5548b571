package com.alumia.admin.app.ops;

import com.alumia.admin.app.eventstore.Databases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;

/**
 * The secondary indexes of a view, held back while the view is filled from (nearly) empty and made again once it
 * has caught up (PostgreSQL only; see {@link FillingViews} for when).
 * <p>
 * A rebuild inserts its rows in the order of the log, so each index of the view takes them at scattered places:
 * a page read, changed and logged for almost every row. With the views' 15 secondary indexes on a 1,000,000-event
 * rebuild, PostgreSQL wrote 6.4 GB of write-ahead log and took more of the two cores than the app; without them,
 * 1.9 GB, and the rebuild ran in two thirds of the time. Made at the end, an index is one sorted pass over its table
 * (about 7 s for all of them after that rebuild).
 * <p>
 * Only indexes that no constraint owns and that are not unique are held back: primary keys and unique constraints
 * keep guarding the rows (and the projections look rows up by their keys). Each held index is a row of
 * {@code deferred_view_index} with its definition, written in the transaction that drops it and deleted in the one
 * that makes it again, so a node that stops in between leaves the record, and whichever node sees the view caught
 * up makes the index. Nodes drop or make a given index one at a time (an advisory lock per index).
 */
@Component
class DeferredIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(DeferredIndexes.class);
    /** The class of the advisory locks, one per index, that nodes take to drop or make a view's index. */
    private static final int LOCKS = 0x616c6978; // "alix"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean postgres;
    private final ExecutorService builders;
    private final Map<String, CompletableFuture<Void>> building = new ConcurrentHashMap<>();

    DeferredIndexes(DataSource dataSource, PlatformTransactionManager transactionManager, Clock clock)
            throws SQLException {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.postgres = Databases.isPostgres(dataSource);
        CustomizableThreadFactory threads = new CustomizableThreadFactory("index-build-");
        threads.setDaemon(true);
        this.builders = Executors.newFixedThreadPool(2, threads);
    }

    /**
     * Drops the secondary indexes of {@code tables}, each recorded with its definition first: one transaction per
     * table, so that no table's lock is held while another's is awaited (the projection's own transactions take
     * the view's tables in an order of their own).
     */
    void defer(List<String> tables) {
        if (!postgres) {
            return;
        }
        for (String table : tables) {
            List<String> dropped = transactions.execute(status -> deferIndexesOf(table));
            if (dropped != null && !dropped.isEmpty()) {
                LOG.info("Holding back {} indexes of {} while the view is filled: {}", dropped.size(), table,
                        dropped);
            }
        }
    }

    private List<String> deferIndexesOf(String table) {
        // Waiting long for the table's lock would hold back every reader queued behind the drop.
        jdbc.execute("SET LOCAL lock_timeout = '2s'");
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<String[]> held = jdbc.query("""
                SELECT i.relname, pg_get_indexdef(x.indexrelid), quote_ident(i.relname)
                FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid
                WHERE x.indrelid = to_regclass(?) AND NOT x.indisunique
                  AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = x.indexrelid)
                ORDER BY i.relname""", (rs, n) -> new String[]{rs.getString(1), rs.getString(2), rs.getString(3)},
                table);
        List<String> dropped = new ArrayList<>();
        for (String[] index : held) {
            lock(index[0]);
            // Another node may have dropped it since the look-up above; then it has recorded it too.
            if (jdbc.update("INSERT INTO deferred_view_index (index_name, table_name, definition, deferred_at) "
                            + "VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING", index[0], table, index[1], now) > 0) {
                jdbc.execute("DROP INDEX IF EXISTS " + index[2]);
                dropped.add(index[0]);
            }
        }
        return dropped;
    }

    /** The definitions of the held-back indexes of {@code table}, as PostgreSQL printed them. */
    List<String> definitions(String table) {
        if (!postgres) {
            return List.of();
        }
        return jdbc.queryForList("SELECT definition FROM deferred_view_index WHERE table_name = ? "
                                 + "ORDER BY index_name", String.class, table);
    }

    /**
     * Makes the held-back indexes of {@code tables} again, each in a transaction of its own (a table takes no writes
     * while one of its indexes is made, and takes them again between two), two at a time: one index is one
     * server process sorting, and two keep both of the machine's cores busy. A record whose table is gone is dropped.
     * Returns at once; the result completes when every one of them is made. An index already being made is not
     * started twice.
     */
    CompletableFuture<Void> restore(List<String> tables) {
        List<CompletableFuture<Void>> builds = new ArrayList<>();
        for (String index : held(tables)) {
            CompletableFuture<Void> started = new CompletableFuture<>();
            CompletableFuture<Void> running = building.putIfAbsent(index, started);
            if (running != null) {
                builds.add(running);
                continue;
            }
            builds.add(started);
            CompletableFuture.runAsync(() -> make(index), builders).whenComplete((done, failure) -> {
                building.remove(index, started);
                if (failure != null) {
                    LOG.warn("Could not make index {} again; it stays held back and is tried again", index, failure);
                    started.completeExceptionally(failure);
                } else {
                    started.complete(null);
                }
            });
        }
        return CompletableFuture.allOf(builds.toArray(CompletableFuture[]::new));
    }

    private void make(String index) {
        long started = System.nanoTime();
        Boolean made = transactions.execute(status -> {
            lock(index);
            List<String[]> record = jdbc.query("SELECT table_name, definition FROM deferred_view_index "
                                               + "WHERE index_name = ?",
                    (rs, n) -> new String[]{rs.getString(1), rs.getString(2)}, index);
            if (record.isEmpty()) {
                return false; // another node made it meanwhile
            }
            boolean tableExists = jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
                    record.get(0)[0]);
            if (tableExists) {
                // A rebuilt view's index sorts a million entries or more: in memory rather than in files.
                jdbc.execute("SET LOCAL maintenance_work_mem = '256MB'");
                jdbc.execute(ifNotExists(record.get(0)[1]));
            }
            jdbc.update("DELETE FROM deferred_view_index WHERE index_name = ?", index);
            return tableExists;
        });
        if (Boolean.TRUE.equals(made)) {
            LOG.info("Made index {} again in {} ms", index, (System.nanoTime() - started) / 1_000_000);
        }
    }

    @PreDestroy
    void stop() {
        builders.shutdownNow();
    }

    /** Forgets the held-back indexes of {@code tables}, which are being dropped. */
    void forget(List<String> tables) {
        if (postgres) {
            jdbc.update("DELETE FROM deferred_view_index WHERE table_name = ANY (?::text[])",
                    (Object) tables.toArray(String[]::new));
        }
    }

    /** The held-back indexes of {@code tables}, table by table, each table's by name. */
    List<String> held(List<String> tables) {
        return tables.isEmpty() ? List.of() : heldOf(heldByTable(), tables);
    }

    /** Of every held-back index by table ({@link #heldByTable}), those of {@code tables}, as {@link #held} lists them. */
    static List<String> heldOf(Map<String, List<String>> byTable, List<String> tables) {
        return tables.stream().flatMap(table -> byTable.getOrDefault(table, List.of()).stream()).toList();
    }

    /** Every held-back index, by table. */
    Map<String, List<String>> heldByTable() {
        Map<String, List<String>> held = new TreeMap<>();
        if (postgres) {
            jdbc.query("SELECT table_name, index_name FROM deferred_view_index ORDER BY index_name", rs -> {
                held.computeIfAbsent(rs.getString(1), table -> new ArrayList<>()).add(rs.getString(2));
            });
        }
        return held;
    }

    /**
     * About how many rows {@code tables} hold together: the larger of the last analysis's count and the server's
     * running count of live rows (which sees rows a moment after they commit).
     */
    long rows(List<String> tables) {
        if (!postgres) {
            return 0;
        }
        Long rows = jdbc.queryForObject("""
                SELECT coalesce(sum(greatest(c.reltuples::bigint, s.n_live_tup, 0)), 0)
                FROM pg_class c JOIN pg_stat_user_tables s ON s.relid = c.oid
                WHERE c.oid IN (SELECT to_regclass(t) FROM unnest(?::text[]) AS t)""", Long.class,
                (Object) tables.toArray(String[]::new));
        return rows == null ? 0 : rows;
    }

    /** Takes, for this transaction, the lock every node takes to drop or make {@code index}. */
    private void lock(String index) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(?, hashtext(?))", Object.class, LOCKS, index);
    }

    /** {@code CREATE INDEX name ...} as PostgreSQL prints it, made so that it does nothing when the index is there. */
    private static String ifNotExists(String definition) {
        Matcher m = AsideTables.PG_INDEX.matcher(definition);
        if (!m.matches()) {
            throw new IllegalStateException("unexpected index definition: " + definition);
        }
        return m.group(1) + "IF NOT EXISTS " + m.group(2) + m.group(3) + m.group(4) + m.group(5);
    }
}
