package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replaces a connector's signing secret (kept outside the log; its fingerprint is recorded). */
public record RotateConnectorSecretCommand(ConnectorKey connector, String secret) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return connector.aggregateId();
    }
}
