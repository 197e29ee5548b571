package com.alumia.admin.command.broadcast;

import com.alumia.admin.api.broadcast.BroadcastChunkAttemptedEvent;
import com.alumia.admin.api.broadcast.BroadcastSeverity;
import com.alumia.admin.command.common.InCommandTransaction;
import com.alumia.admin.command.common.StoredMetadata;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every broadcast's deliveries in {@code broadcast_delivery}, a row per chunk of orgs, kept in the transaction of the
 * broadcast's commands: written when it is requested (what to send, and the requesting operator's audit metadata),
 * and moved on by each recorded attempt, so a recorded attempt and the next due time never disagree.
 */
@Component
@InCommandTransaction
@ProcessingGroup(BroadcastQueue.GROUP)
class BroadcastQueue {

    static final String GROUP = "broadcast-delivery-queue";

    private final JdbcTemplate jdbc;
    private final BroadcastProperties properties;
    private final Clock clock;

    BroadcastQueue(DataSource dataSource, BroadcastProperties properties, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.properties = properties;
        this.clock = clock;
    }

    int chunkSize() {
        return properties.chunkSize();
    }

    boolean configured() {
        return properties.configured();
    }

    /** Writes the broadcast's chunks, due now. */
    void open(String broadcastId, String title, String body, BroadcastSeverity severity, List<String> recipients,
              Map<String, ?> metadata) {
        Timestamp now = Timestamp.from(clock.instant());
        String meta = StoredMetadata.write(metadata);
        for (int chunk = 0, from = 0; from < recipients.size(); chunk++, from += chunkSize()) {
            Map<String, Object> payload = new LinkedHashMap<>();
            payload.put("broadcastId", broadcastId);
            payload.put("chunk", chunk);
            payload.put("severity", severity.name().toLowerCase(Locale.ROOT));
            payload.put("title", title);
            payload.put("body", body);
            payload.put("orgIds", recipients.subList(from, Math.min(recipients.size(), from + chunkSize())));
            jdbc.update("""
                    INSERT INTO broadcast_delivery (delivery_id, broadcast_id, chunk, payload, metadata, attempt, status,
                                                    next_attempt_at)
                    VALUES (?, ?, ?, ?, ?, 0, 'PENDING', ?)""", broadcastId + "/" + chunk, broadcastId, chunk,
                    StoredMetadata.json(payload), meta, now);
        }
    }

    @EventHandler
    void on(BroadcastChunkAttemptedEvent event) {
        jdbc.update("UPDATE broadcast_delivery SET attempt = ?, status = ?, next_attempt_at = ? WHERE delivery_id = ?",
                event.attempt(), event.outcome().toUpperCase(Locale.ROOT),
                event.nextAttemptAt() == null ? null : Timestamp.from(event.nextAttemptAt()),
                event.broadcastId() + "/" + event.chunk());
    }
}
