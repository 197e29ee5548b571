package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ChangeConnectionStateCommand;
import com.alumia.admin.api.connector.ConnectOrgCommand;
import com.alumia.admin.api.connector.ConnectionCreatedEvent;
import com.alumia.admin.api.connector.ConnectionId;
import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.api.connector.ConnectionStateChangedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An org's connection to a connector, with its state and the history of it; revoked is final. */
@Aggregate
class Connection {

    @AggregateIdentifier
    private ConnectionId connectionId;
    private ConnectionState state;

    Connection() {
    }

    @CommandHandler
    Connection(ConnectOrgCommand command, ConnectorRuntime connectors, ByokKeyStates keys) {
        if (command.org() == null || command.connector() == null) {
            throw DomainException.invalid("connection.incomplete", "a connection names its org and connector");
        }
        if (connectors.find(command.connector()).isEmpty()) {
            throw DomainException.notFound("connector.unknown", "There is no connector " + command.connector().value());
        }
        if (command.byokKey() != null) {
            keys.requireUsable(command.byokKey(), command.org());
        }
        apply(new ConnectionCreatedEvent(command.connectionId(), command.org(), command.connector(),
                command.byokKey()));
    }

    @CommandHandler
    long handle(ChangeConnectionStateCommand command) {
        if (command.state() == null) {
            throw DomainException.invalid("connection.state_required", "give the state to move to");
        }
        if (state == ConnectionState.REVOKED) {
            throw DomainException.conflict("connection.revoked", "The connection is revoked: that is final",
                    Map.of());
        }
        if (command.state() == state) {
            throw DomainException.conflict("connection.state_unchanged", "The connection is "
                    + state.name().toLowerCase(java.util.Locale.ROOT) + " already", Map.of());
        }
        apply(new ConnectionStateChangedEvent(connectionId, state, command.state(),
                optionalText("cause", command.cause(), 500)));
        return org.axonframework.modelling.command.AggregateLifecycle.getVersion();
    }

    @EventSourcingHandler
    void on(ConnectionCreatedEvent event) {
        connectionId = event.connectionId();
        state = ConnectionState.CONNECTED;
    }

    @EventSourcingHandler
    void on(ConnectionStateChangedEvent event) {
        state = event.to();
    }
}
