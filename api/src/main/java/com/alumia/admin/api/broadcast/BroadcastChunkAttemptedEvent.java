package com.alumia.admin.api.broadcast;

import java.time.Instant;

/**
 * One attempt to deliver a chunk of a broadcast's orgs to the notification service.
 *
 * @param outcome {@code delivered}, {@code retrying} (see {@code nextAttemptAt}) or {@code failed} (no more tries)
 */
public record BroadcastChunkAttemptedEvent(String broadcastId, int chunk, int orgs, int attempt, Integer statusCode,
                                           long durationMillis, String error, Instant nextAttemptAt,
                                           String outcome) {
}
