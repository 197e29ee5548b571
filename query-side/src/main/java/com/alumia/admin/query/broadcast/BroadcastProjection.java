package com.alumia.admin.query.broadcast;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.broadcast.BroadcastChunkAttemptedEvent;
import com.alumia.admin.api.broadcast.BroadcastCompletedEvent;
import com.alumia.admin.api.broadcast.BroadcastRequestedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Locale;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** Broadcasts as operators follow them: who sent what to how many orgs, and how far delivery has come. */
@Component
@ProcessingGroup(BroadcastProjection.GROUP)
class BroadcastProjection {

    static final String GROUP = "broadcasts";

    private final BatchedWrites writes;

    BroadcastProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(BroadcastRequestedEvent event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor,
            @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("""
                INSERT INTO broadcast_view (broadcast_id, title, body, severity, state, recipients, delivered, failed,
                                            requested_at, requested_by, reason)
                VALUES (?, ?, ?, ?, 'sending', ?, 0, 0, ?, ?, ?)""", event.broadcastId(), event.title(),
                event.body(), event.severity().name().toLowerCase(Locale.ROOT), event.recipients().size(), time(at),
                actor, reason);
    }

    @EventHandler
    void on(BroadcastChunkAttemptedEvent event) {
        if (event.outcome().equals("delivered")) {
            writes.current().add("UPDATE broadcast_view SET delivered = delivered + ? WHERE broadcast_id = ?",
                    event.orgs(), event.broadcastId());
        } else if (event.outcome().equals("failed")) {
            writes.current().add("UPDATE broadcast_view SET failed = failed + ? WHERE broadcast_id = ?",
                    event.orgs(), event.broadcastId());
        }
    }

    @EventHandler
    void on(BroadcastCompletedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE broadcast_view SET state = 'completed', completed_at = ? WHERE broadcast_id = ?",
                time(at), event.broadcastId());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM broadcast_view");
    }
}
