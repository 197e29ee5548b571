package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.net.URI;

/**
 * Registers a connector; the signing secret travels in the command only, is kept outside the log, and only its
 * fingerprint is recorded. The reason travels in the metadata.
 *
 * @param deliveryUrl the runtime worker endpoint its accepted events are delivered to
 */
public record RegisterConnectorCommand(ConnectorKey connector, String name, String kind,
                                       SignatureScheme scheme, boolean allowUnsigned, URI deliveryUrl,
                                       String secret) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return connector.aggregateId();
    }
}
