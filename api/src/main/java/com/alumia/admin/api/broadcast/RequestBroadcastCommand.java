package com.alumia.admin.api.broadcast;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Send a broadcast to the orgs of its audience, resolved when it is requested ({@code recipients}). The identifier
 * is the operator's (from an Idempotency-Key), so sending the same broadcast twice sends it once.
 */
public record RequestBroadcastCommand(@TargetAggregateIdentifier String broadcastId, String title, String body,
                                      BroadcastSeverity severity, BroadcastAudience audience,
                                      List<String> recipients) {
}
