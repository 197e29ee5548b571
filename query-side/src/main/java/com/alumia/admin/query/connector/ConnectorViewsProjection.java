package com.alumia.admin.query.connector;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.connector.ByokKeyRegisteredEvent;
import com.alumia.admin.api.connector.ByokKeyRevokedEvent;
import com.alumia.admin.api.connector.ConnectionCreatedEvent;
import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.api.connector.ConnectionStateChangedEvent;
import com.alumia.admin.api.connector.ConnectorDeliveryAttemptedEvent;
import com.alumia.admin.api.connector.ConnectorEventDeadLetteredEvent;
import com.alumia.admin.api.connector.ConnectorEventDeliveredEvent;
import com.alumia.admin.api.connector.ConnectorEventReceivedEvent;
import com.alumia.admin.api.connector.ConnectorEventRequeuedEvent;
import com.alumia.admin.api.connector.ConnectorRegisteredEvent;
import com.alumia.admin.api.connector.ConnectorSecretRotatedEvent;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * The connector catalog, per-org connections with their history, BYOK key references, and accepted connector
 * events with every delivery attempt.
 */
@Component
@ProcessingGroup(ConnectorViewsProjection.GROUP)
class ConnectorViewsProjection {

    static final String GROUP = "connector-views";

    private final BatchedWrites writes;

    ConnectorViewsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(ConnectorRegisteredEvent event, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO connector_view (connector, name, kind, scheme, allow_unsigned, delivery_url,
                                            secret_fingerprint, secret_rotated_at, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.connector().value(), event.name(), event.kind(),
                event.scheme().name(), event.allowUnsigned(), event.deliveryUrl().toString(),
                event.secretFingerprint(), time(at), time(at));
    }

    @EventHandler
    void on(ConnectorSecretRotatedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE connector_view SET secret_fingerprint = ?, secret_rotated_at = ? "
                             + "WHERE connector = ?", event.secretFingerprint(), time(at), event.connector().value());
    }

    @EventHandler
    void on(ConnectionCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("""
                INSERT INTO connection_view (connection_id, org_id, connector, byok_key_id, state, state_since,
                                             created_at, version)
                VALUES (?, ?, ?, ?, 'CONNECTED', ?, ?, ?)""", event.connectionId().value(), event.org().value(),
                event.connector().value(), event.byokKey() == null ? null : event.byokKey().value(), time(at),
                time(at), sequence);
        change(event.connectionId().value(), sequence, at, null, ConnectionState.CONNECTED, null, actor, reason);
    }

    @EventHandler
    void on(ConnectionStateChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("UPDATE connection_view SET state = ?, state_since = ?, version = ? "
                             + "WHERE connection_id = ?", event.to().name(), time(at), sequence,
                event.connectionId().value());
        change(event.connectionId().value(), sequence, at, event.from(), event.to(), event.cause(), actor, reason);
    }

    @EventHandler
    void on(ByokKeyRegisteredEvent event, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO byok_key_view (key_id, org_id, provider, fingerprint, held_in, state, registered_at)
                VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?)""", event.keyId().value(), event.org().value(), event.provider(),
                event.fingerprint(), event.heldIn(), time(at));
    }

    @EventHandler
    void on(ByokKeyRevokedEvent event, @Timestamp Instant at, @MetaDataValue(AuditMetadata.ACTOR) String actor,
            @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("UPDATE byok_key_view SET state = 'REVOKED', revoked_at = ?, revoked_by = ?, "
                             + "revocation_reason = ? WHERE key_id = ?", time(at), actor, reason,
                event.keyId().value());
    }

    @EventHandler
    void on(ConnectorEventReceivedEvent event, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO connector_event_view (id, connector, event_id, org_id, posture, status, endpoint,
                                                  size_bytes, received_at, attempts)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", event.id().value(), event.connector().value(),
                event.eventId(), event.org() == null ? null : event.org().value(), event.posture().name(),
                DeliveryStatus.PENDING.name(), event.endpoint().toString(),
                event.payload().getBytes(StandardCharsets.UTF_8).length, time(at));
    }

    @EventHandler
    void on(ConnectorDeliveryAttemptedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO connector_attempt (id, seq, attempt, at, endpoint, status_code, duration_ms, error,
                                               next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.id().value(), sequence, event.attempt(), time(at),
                event.endpoint().toString(), event.statusCode(), event.durationMillis(), event.error(),
                time(event.nextAttemptAt()));
        writes.current().add("""
                UPDATE connector_event_view SET status = ?, attempts = attempts + 1, last_attempt_at = ?,
                                                last_status_code = ?, last_error = ?, next_attempt_at = ?
                WHERE id = ?""", DeliveryStatus.RETRYING.name(), time(at), event.statusCode(), event.error(),
                time(event.nextAttemptAt()), event.id().value());
    }

    @EventHandler
    void on(ConnectorEventDeliveredEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE connector_event_view SET status = ?, delivered_at = ?, next_attempt_at = NULL "
                             + "WHERE id = ?", DeliveryStatus.DELIVERED.name(), time(at), event.id().value());
    }

    @EventHandler
    void on(ConnectorEventDeadLetteredEvent event) {
        writes.current().add("UPDATE connector_event_view SET status = ?, next_attempt_at = NULL WHERE id = ?",
                DeliveryStatus.DEAD_LETTERED.name(), event.id().value());
    }

    @EventHandler
    void on(ConnectorEventRequeuedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE connector_event_view SET status = ?, next_attempt_at = ? WHERE id = ?",
                DeliveryStatus.PENDING.name(), time(at), event.id().value());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("connector_view", "connection_view", "connection_change", "byok_key_view",
                "connector_event_view", "connector_attempt")) {
            writes.jdbc().update("DELETE FROM " + table);
        }
    }

    private void change(String connection, long sequence, Instant at, ConnectionState from, ConnectionState to,
                        String cause, String actor, String reason) {
        writes.current().add("""
                INSERT INTO connection_change (connection_id, seq, at, from_state, to_state, cause, actor, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", connection, sequence, time(at),
                from == null ? null : from.name(), to.name(), cause, actor, reason);
    }
}
