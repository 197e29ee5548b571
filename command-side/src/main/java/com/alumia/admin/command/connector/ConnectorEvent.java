package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ConnectorDeliveryAttemptedEvent;
import com.alumia.admin.api.connector.ConnectorEventDeadLetteredEvent;
import com.alumia.admin.api.connector.ConnectorEventDeliveredEvent;
import com.alumia.admin.api.connector.ConnectorEventId;
import com.alumia.admin.api.connector.ConnectorEventReceivedEvent;
import com.alumia.admin.api.connector.ConnectorEventRequeuedEvent;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.api.connector.ReceiveConnectorEventCommand;
import com.alumia.admin.api.connector.RecordDeliveryAttemptCommand;
import com.alumia.admin.api.connector.RequeueConnectorEventCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.net.URI;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An accepted connector event and its delivery: each attempt in the ledger, then delivered (the worker acknowledged
 * it) or dead-lettered (every attempt failed). A replay sends it again, never one the worker acknowledged unless
 * asked to. Its identifier comes from the sender's event id, so a duplicate cannot be accepted twice.
 */
@Aggregate
class ConnectorEvent {

    @AggregateIdentifier
    private ConnectorEventId id;
    private URI endpoint;
    private DeliveryStatus status;
    private int attempt;
    private boolean acknowledged;

    ConnectorEvent() {
    }

    @CommandHandler
    ConnectorEvent(ReceiveConnectorEventCommand command) {
        apply(new ConnectorEventReceivedEvent(command.id(), command.connector(), command.eventId(), command.org(),
                command.posture(), command.endpoint(), command.payload(), command.contentType()));
    }

    @CommandHandler
    void handle(RecordDeliveryAttemptCommand command) {
        if (status == DeliveryStatus.DELIVERED || status == DeliveryStatus.DEAD_LETTERED) {
            throw DomainException.conflict("connector_event.not_in_delivery", "The event is "
                    + status.name().toLowerCase(java.util.Locale.ROOT) + ": no attempt is due", Map.of());
        }
        if (command.attempt() != attempt + 1) {
            throw DomainException.conflict("connector_event.attempt_out_of_order", "Attempt " + (attempt + 1)
                    + " is the next one, not " + command.attempt(), Map.of());
        }
        boolean delivered = command.acknowledged();
        String error = command.error() == null ? null : command.error().length() > 500
                ? command.error().substring(0, 500) : command.error();
        apply(new ConnectorDeliveryAttemptedEvent(id, endpoint, command.attempt(), command.statusCode(),
                command.durationMillis(), error, delivered ? null : command.nextAttemptAt()));
        if (delivered) {
            apply(new ConnectorEventDeliveredEvent(id, command.attempt()));
        } else if (command.nextAttemptAt() == null) {
            apply(new ConnectorEventDeadLetteredEvent(id, command.attempt(), error != null ? error
                    : "HTTP " + command.statusCode()));
        }
    }

    /** @return whether the event was sent again */
    @CommandHandler
    boolean handle(RequeueConnectorEventCommand command) {
        if (status == DeliveryStatus.PENDING || status == DeliveryStatus.RETRYING) {
            return false;
        }
        if (acknowledged && !command.evenIfAcknowledged()) {
            return false;
        }
        apply(new ConnectorEventRequeuedEvent(id, command.replayId(), endpoint));
        return true;
    }

    @EventSourcingHandler
    void on(ConnectorEventReceivedEvent event) {
        id = event.id();
        endpoint = event.endpoint();
        status = DeliveryStatus.PENDING;
    }

    @EventSourcingHandler
    void on(ConnectorDeliveryAttemptedEvent event) {
        attempt = event.attempt();
        status = DeliveryStatus.RETRYING;
    }

    @EventSourcingHandler
    void on(ConnectorEventDeliveredEvent event) {
        status = DeliveryStatus.DELIVERED;
        acknowledged = true;
    }

    @EventSourcingHandler
    void on(ConnectorEventDeadLetteredEvent event) {
        status = DeliveryStatus.DEAD_LETTERED;
    }

    @EventSourcingHandler
    void on(ConnectorEventRequeuedEvent event) {
        status = DeliveryStatus.PENDING;
        attempt = 0;
    }
}
