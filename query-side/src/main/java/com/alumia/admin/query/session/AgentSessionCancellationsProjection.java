package com.alumia.admin.query.session;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.session.AgentSessionCancellationRequestedEvent;
import com.alumia.admin.api.session.AgentSessionCancelledEvent;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * Cancellations of agent sessions: who asked for each and why, and what the runtime found. The pending ones are
 * what the runtime pulls.
 */
@Component
@ProcessingGroup(AgentSessionCancellationsProjection.GROUP)
class AgentSessionCancellationsProjection {

    static final String GROUP = "agent-session-cancellations";

    private final BatchedWrites writes;

    AgentSessionCancellationsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(AgentSessionCancellationRequestedEvent event, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("""
                INSERT INTO agent_session_cancellation (session_id, org_id, state, requested_at, requested_by, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", event.sessionId().value(), event.orgId().value(),
                CancellationState.REQUESTED.name(), time(at), actor, reason);
    }

    @EventHandler
    void on(AgentSessionCancelledEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE agent_session_cancellation SET state = ?, outcome = ?, detail = ?, "
                             + "completed_at = ?, confirmed_by = ? WHERE session_id = ?",
                CancellationState.COMPLETED.name(), event.outcome().name(), event.detail(), time(at),
                event.confirmedBy(), event.sessionId().value());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM agent_session_cancellation");
    }
}
