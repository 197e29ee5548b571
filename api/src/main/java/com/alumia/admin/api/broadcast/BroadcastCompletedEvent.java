package com.alumia.admin.api.broadcast;

/** Every chunk of a broadcast settled: the orgs it reached and those it could not. */
public record BroadcastCompletedEvent(String broadcastId, int delivered, int failed) {
}
