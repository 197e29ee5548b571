package com.alumia.admin.app.ops;

import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The token store as every node shares it, read without claiming anything: who holds each segment of each
 * processor, and where it stands.
 */
@Component
class StoredTokens {

    /**
     * A segment as the token store has it, whichever node holds it.
     *
     * @param replayTo for a segment holding a replay token, the position where the replay ends
     */
    record Stored(String owner, Long position, boolean replaying, Long replayTo) {
    }

    private final JdbcTemplate jdbc;
    private final Serializer tokenSerializer;

    StoredTokens(DataSource dataSource, Serializer tokenSerializer) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tokenSerializer = tokenSerializer;
    }

    /** Every processor's segments, by processor name and segment id. */
    Map<String, Map<Integer, Stored>> all() {
        return read("", new Object[0]);
    }

    /** The lowest position over the segments of {@code processor}: everything up to it is handled. */
    OptionalLong position(String processor) {
        return read(" WHERE processor_name = ?", new Object[]{processor}).getOrDefault(processor, Map.of())
                .values().stream().mapToLong(s -> s.position() == null ? -1 : s.position()).min();
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private Map<String, Map<Integer, Stored>> read(String where, Object[] args) {
        Map<String, Map<Integer, Stored>> stored = new HashMap<>();
        jdbc.query("SELECT processor_name, segment, owner, token, token_type FROM token_entry" + where, rs -> {
            byte[] token = rs.getBytes(4);
            String type = rs.getString(5);
            TrackingToken t = token == null || type == null ? null : tokenSerializer.deserialize(
                    new SimpleSerializedObject<>(token, byte[].class, type, null));
            OptionalLong at = t == null ? OptionalLong.empty() : t.position();
            OptionalLong replayTo = t instanceof ReplayToken replay && replay.getTokenAtReset() != null
                    ? replay.getTokenAtReset().position() : OptionalLong.empty();
            stored.computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                  .put(rs.getInt(2), new Stored(rs.getString(3), boxed(at), t instanceof ReplayToken,
                          boxed(replayTo)));
        }, args);
        return stored;
    }
}
