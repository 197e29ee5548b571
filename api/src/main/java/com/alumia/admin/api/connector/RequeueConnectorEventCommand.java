package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sends the event to its worker again, as part of replay {@code replayId}.
 *
 * @param evenIfAcknowledged send it even though the worker acknowledged it already
 * @return whether it was requeued (false: acknowledged, and not asked to)
 */
public record RequeueConnectorEventCommand(@TargetAggregateIdentifier ConnectorEventId id, String replayId,
                                           boolean evenIfAcknowledged) {
}
