package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * One attempt to deliver a connector event to its worker.
 *
 * @param statusCode    the worker's answer, null when there was none (a timeout, a refused connection)
 * @param nextAttemptAt when the next attempt is due; null when this was the last one allowed
 */
public record RecordDeliveryAttemptCommand(@TargetAggregateIdentifier ConnectorEventId id, int attempt,
                                           Integer statusCode, long durationMillis, String error,
                                           Instant nextAttemptAt) {

    public boolean acknowledged() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }
}
