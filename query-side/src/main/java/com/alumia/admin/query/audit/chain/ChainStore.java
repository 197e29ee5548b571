package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.common.BatchedWrites;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The chain's tables: its state row, one link per event, the checkpoints.
 */
@Component
public class ChainStore {

    /**
     * @param position               the last chained event's position (0 before the first)
     * @param link                   that event's link ({@link HashChain#genesis()} before the first)
     * @param events                 events chained so far
     * @param unsignedEvents         events chained since the last checkpoint
     * @param lastCheckpointPosition the last checkpoint's position, 0 before the first
     */
    public record State(long position, byte[] link, long events, long unsignedEvents, long lastCheckpointPosition,
                        Instant lastCheckpointAt) {
    }

    private static final String STATE = "SELECT position, link, events, unsigned_events, last_checkpoint_position,"
            + " last_checkpoint_at FROM event_chain_state WHERE id = 1";
    private static final RowMapper<State> STATE_ROW = (rs, i) -> {
        OffsetDateTime at = rs.getObject(6, OffsetDateTime.class);
        byte[] link = rs.getBytes(2);
        return new State(rs.getLong(1), link == null ? HashChain.genesis() : link, rs.getLong(3), rs.getLong(4), rs.getLong(5),
                at == null ? null : at.toInstant());
    };
    private static final RowMapper<Checkpoint> CHECKPOINT_ROW = (rs, i) -> new Checkpoint(rs.getLong(1),
            rs.getBytes(2), rs.getString(3), rs.getString(4), rs.getBytes(5));

    private final JdbcTemplate jdbc;

    public ChainStore(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The state, locked until the surrounding transaction ends. */
    State lock() {
        return jdbc.queryForObject(STATE + " FOR UPDATE", STATE_ROW);
    }

    public State state() {
        return jdbc.queryForObject(STATE, STATE_ROW);
    }

    void append(List<Long> positions, List<byte[]> links) {
        List<Object[]> rows = new ArrayList<>(positions.size());
        for (int i = 0; i < positions.size(); i++) {
            rows.add(new Object[]{positions.get(i), links.get(i)});
        }
        BatchedWrites.run(jdbc, "INSERT INTO event_chain_link (position, link) VALUES (?, ?)", rows);
    }

    void save(State state) {
        jdbc.update("UPDATE event_chain_state SET position = ?, link = ?, events = ?, unsigned_events = ?,"
                    + " last_checkpoint_position = ?, last_checkpoint_at = ? WHERE id = 1",
                state.position(), state.link(), state.events(), state.unsignedEvents(),
                state.lastCheckpointPosition(),
                state.lastCheckpointAt() == null ? null : state.lastCheckpointAt().atOffset(ZoneOffset.UTC));
    }

    void insert(Checkpoint checkpoint) {
        jdbc.update("INSERT INTO event_chain_checkpoint (position, link, signed_at, key_id, signature)"
                    + " VALUES (?, ?, ?, ?, ?)", checkpoint.position(), checkpoint.link(), checkpoint.signedAt(),
                checkpoint.keyId(), checkpoint.signature());
    }

    /** The links of positions after {@code after} up to {@code upTo}, by position. */
    TreeMap<Long, byte[]> links(long after, long upTo) {
        TreeMap<Long, byte[]> links = new TreeMap<>();
        jdbc.query("SELECT position, link FROM event_chain_link WHERE position > ? AND position <= ?"
                   + " ORDER BY position", rs -> {
            links.put(rs.getLong(1), rs.getBytes(2));
        }, after, upTo);
        return links;
    }

    TreeMap<Long, Checkpoint> checkpoints(long after, long upTo) {
        TreeMap<Long, Checkpoint> checkpoints = new TreeMap<>();
        jdbc.query("SELECT position, link, signed_at, key_id, signature FROM event_chain_checkpoint"
                   + " WHERE position > ? AND position <= ? ORDER BY position", CHECKPOINT_ROW, after, upTo)
            .forEach(c -> checkpoints.put(c.position(), c));
        return checkpoints;
    }

    /** The link of the last chained event at or before {@code position}, if any event there is chained. */
    Optional<byte[]> linkAtOrBefore(long position) {
        return jdbc.query("SELECT link FROM event_chain_link WHERE position <= ? ORDER BY position DESC LIMIT 1",
                (rs, i) -> rs.getBytes(1), position).stream().findFirst();
    }

    public Optional<Checkpoint> lastCheckpoint() {
        return jdbc.query("SELECT position, link, signed_at, key_id, signature FROM event_chain_checkpoint"
                          + " ORDER BY position DESC LIMIT 1", CHECKPOINT_ROW).stream().findFirst();
    }
}
