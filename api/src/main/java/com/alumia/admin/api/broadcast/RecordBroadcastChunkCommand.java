package com.alumia.admin.api.broadcast;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** The outcome of one attempt to deliver a chunk of a broadcast; {@code nextAttemptAt} null after the last. */
public record RecordBroadcastChunkCommand(@TargetAggregateIdentifier String broadcastId, int chunk, int attempt,
                                          Integer statusCode, long durationMillis, String error,
                                          Instant nextAttemptAt) {
}
