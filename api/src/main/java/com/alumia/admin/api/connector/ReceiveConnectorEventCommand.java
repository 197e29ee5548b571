package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.net.URI;

/**
 * Accepts a verified (or allowed unsigned) connector event for delivery to {@code endpoint}.
 *
 * @param eventId the sender's id of the event
 * @param org     the org it is for, when the sender says
 */
public record ReceiveConnectorEventCommand(@TargetAggregateIdentifier ConnectorEventId id, ConnectorKey connector,
                                           String eventId, OrgId org, Posture posture, URI endpoint, String payload,
                                           String contentType) {
}
