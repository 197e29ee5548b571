package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

import java.net.URI;
import java.time.Instant;

/** One attempt in an event's delivery ledger. */
@Revision("1")
public record ConnectorDeliveryAttemptedEvent(ConnectorEventId id, URI endpoint, int attempt, Integer statusCode,
                                              long durationMillis, String error, Instant nextAttemptAt) {
}
