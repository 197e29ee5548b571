package com.alumia.admin.query.common;

import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Projection writes collected over an event processor's batch and sent when the batch commits, as JDBC batches or
 * COPY: consecutive statements with the same SQL go in one round trip ({@link #run}). A replay then costs a few round
 * trips per batch instead of several per event, and nothing in between flushes an ORM session.
 * <p>
 * Statements run in the order they were added, so a row inserted for one event is there for the update of a later
 * one. What many events of a batch touch (an item's row, a group's counters) is better kept as per-batch
 * {@link #state state}, written once when the batch is flushed, before the statements added directly.
 * <p>
 * Handlers must run inside a unit of work, as Axon's processors run them.
 */
@Component
public class BatchedWrites {

    private static final String RESOURCE = BatchedWrites.class.getName();
    /**
     * Below this many rows a JDBC batch is sent instead of a COPY: a COPY costs a round trip more (the server
     * answers its start before the rows go), which a live batch of a few events does not win back.
     */
    static final int COPY_FROM_ROWS = 16;

    private final JdbcTemplate jdbc;

    public BatchedWrites(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** For statements whose result a handler needs at once; they run in the same transaction as the batch. */
    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * An instant as a TIMESTAMP WITH TIME ZONE parameter, the same way on PostgreSQL and H2: at the microseconds
     * the columns keep (cut here rather than rounded by the database, so {@link #stored} says what is read back).
     */
    public static OffsetDateTime time(Instant at) {
        return at == null ? null : OffsetDateTime.ofInstant(stored(at), ZoneOffset.UTC);
    }

    /** A TIMESTAMP WITH TIME ZONE column read back as an instant, the same way on PostgreSQL and H2; null stays null. */
    public static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** An instant as a view's timestamp column keeps it. */
    public static Instant stored(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * Rows of one statement, in one round trip: as COPY when they are many rows of a plain insert on PostgreSQL
     * ({@link CopyRows}), else as a JDBC batch (or a single update for one row). Every batched write of the views
     * goes through here.
     */
    public static void run(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (rows.size() == 1) {
            jdbc.update(sql, rows.get(0));
            return;
        }
        if (rows.size() >= COPY_FROM_ROWS) {
            Optional<String> copy = CopyRows.copyOf(sql);
            if (copy.isPresent() && Boolean.TRUE.equals(
                    jdbc.execute((ConnectionCallback<Boolean>) c -> CopyRows.write(c, copy.get(), rows)))) {
                return;
            }
        }
        jdbc.batchUpdate(sql, rows);
    }

    /** The batch of the current unit of work, created (and set to flush before it commits) on first use. */
    public Batch current() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(RESOURCE, key -> {
            Batch batch = new Batch();
            root.onPrepareCommit(u -> batch.flush(jdbc));
            return batch;
        });
    }

    public static final class Batch {

        private final List<String> sql = new ArrayList<>();
        private final List<Object[]> args = new ArrayList<>();
        private final Map<Object, Object> states = new HashMap<>();
        private final List<Runnable> beforeFlush = new ArrayList<>();

        private Batch() {
        }

        public void add(String statement, Object... arguments) {
            sql.add(statement);
            args.add(arguments);
        }

        /**
         * State kept for this batch under {@code key}: made by {@code create} on first use, handed to
         * {@code atFlush} once, when the batch is flushed, to add the statements it stands for.
         */
        @SuppressWarnings("unchecked")
        public <T> T state(Object key, Supplier<T> create, Consumer<T> atFlush) {
            return (T) states.computeIfAbsent(key, k -> {
                T state = create.get();
                beforeFlush.add(() -> atFlush.accept(state));
                return state;
            });
        }

        private void flush(JdbcTemplate jdbc) {
            beforeFlush.forEach(Runnable::run);
            runInOrder(jdbc);
        }

        private void runInOrder(JdbcTemplate jdbc) {
            int start = 0;
            for (int i = 1; i <= sql.size(); i++) {
                if (i == sql.size() || !Objects.equals(sql.get(i), sql.get(start))) {
                    run(jdbc, sql.get(start), args.subList(start, i));
                    start = i;
                }
            }
        }
    }
}
