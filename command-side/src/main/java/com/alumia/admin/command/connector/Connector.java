package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.ConnectorRegisteredEvent;
import com.alumia.admin.api.connector.ConnectorSecretRotatedEvent;
import com.alumia.admin.api.connector.RegisterConnectorCommand;
import com.alumia.admin.api.connector.RotateConnectorSecretCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.Set;

import static com.alumia.admin.command.common.TextRules.requireText;

/**
 * A connector of the catalog: its name and kind, how it signs its events, whether it may send unsigned ones, and
 * the worker endpoint its events go to. Its secret is kept by {@link ConnectorRuntime}, in the same transaction.
 */
@Aggregate
class Connector {

    private static final Set<String> DELIVERY_SCHEMES = Set.of("http", "https");

    @AggregateIdentifier
    private String id;
    private ConnectorKey connector;

    Connector() {
    }

    @CommandHandler
    Connector(RegisterConnectorCommand command, ConnectorRuntime runtime, Clock clock) {
        if (command.scheme() == null) {
            throw DomainException.invalid("connector.scheme_required", "a connector names its signature scheme");
        }
        if (command.deliveryUrl() == null || command.deliveryUrl().getHost() == null
            || !DELIVERY_SCHEMES.contains(String.valueOf(command.deliveryUrl().getScheme()))) {
            throw DomainException.invalid("connector.delivery_url_invalid", "the delivery URL is an http(s) URL");
        }
        String secret = secret(command.secret());
        AggregateLifecycle.apply(new ConnectorRegisteredEvent(command.connector(), requireText("name", command.name(),
                120), requireText("kind", command.kind(), 60), command.scheme(), command.allowUnsigned(),
                command.deliveryUrl(), ConnectorRuntime.fingerprint(secret)));
        runtime.register(command.connector(), command.scheme(), command.allowUnsigned(), command.deliveryUrl(),
                secret, clock.instant());
    }

    @CommandHandler
    void handle(RotateConnectorSecretCommand command, ConnectorRuntime runtime, Clock clock) {
        String secret = secret(command.secret());
        AggregateLifecycle.apply(new ConnectorSecretRotatedEvent(connector, ConnectorRuntime.fingerprint(secret)));
        runtime.rotate(connector, secret, clock.instant());
    }

    private static String secret(String secret) {
        if (secret == null || secret.length() < 24 || secret.length() > 200) {
            throw DomainException.invalid("connector.secret_invalid", "a signing secret has 24 to 200 characters");
        }
        return secret;
    }

    @EventSourcingHandler
    void on(ConnectorRegisteredEvent event) {
        id = event.connector().aggregateId();
        connector = event.connector();
    }
}
