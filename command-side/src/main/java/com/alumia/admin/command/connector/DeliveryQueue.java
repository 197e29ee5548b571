package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ConnectorDeliveryAttemptedEvent;
import com.alumia.admin.api.connector.ConnectorEventDeadLetteredEvent;
import com.alumia.admin.api.connector.ConnectorEventDeliveredEvent;
import com.alumia.admin.api.connector.ConnectorEventReceivedEvent;
import com.alumia.admin.api.connector.ConnectorEventRequeuedEvent;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Instant;

import static java.sql.Timestamp.from;

/**
 * Every accepted connector event's delivery state in {@code connector_delivery}, kept in the transaction of the
 * event's commands: the body to send, the status, the attempt count, and when the next attempt is due.
 */
@Component
@InCommandTransaction
@ProcessingGroup(DeliveryQueue.GROUP)
class DeliveryQueue {

    static final String GROUP = "connector-delivery-queue";

    private final JdbcTemplate jdbc;

    DeliveryQueue(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(ConnectorEventReceivedEvent event, @Timestamp Instant at) {
        jdbc.update("""
                INSERT INTO connector_delivery (id, connector, org_id, endpoint, payload, content_type, received_at,
                                                status, attempt, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""", event.id().value(), event.connector().value(),
                event.org() == null ? null : event.org().value(), event.endpoint().toString(), event.payload(),
                event.contentType(), from(at), DeliveryStatus.PENDING.name(), from(at));
    }

    @EventHandler
    void on(ConnectorDeliveryAttemptedEvent event) {
        jdbc.update("UPDATE connector_delivery SET attempt = ?, status = ?, next_attempt_at = ? WHERE id = ?",
                event.attempt(), DeliveryStatus.RETRYING.name(),
                event.nextAttemptAt() == null ? null : from(event.nextAttemptAt()), event.id().value());
    }

    @EventHandler
    void on(ConnectorEventDeliveredEvent event) {
        finish(event.id().value(), DeliveryStatus.DELIVERED);
    }

    @EventHandler
    void on(ConnectorEventDeadLetteredEvent event) {
        finish(event.id().value(), DeliveryStatus.DEAD_LETTERED);
    }

    @EventHandler
    void on(ConnectorEventRequeuedEvent event, @Timestamp Instant at) {
        jdbc.update("UPDATE connector_delivery SET attempt = 0, status = ?, next_attempt_at = ? WHERE id = ?",
                DeliveryStatus.PENDING.name(), from(at), event.id().value());
    }

    private void finish(String id, DeliveryStatus status) {
        jdbc.update("UPDATE connector_delivery SET status = ?, next_attempt_at = NULL WHERE id = ?", status.name(), id);
    }
}
