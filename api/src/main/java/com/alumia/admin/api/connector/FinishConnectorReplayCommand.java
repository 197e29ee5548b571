package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A replay ran through its events, or was cancelled part way. */
public record FinishConnectorReplayCommand(@TargetAggregateIdentifier String replayId, int requeued, int skipped,
                                           boolean cancelled) {
}
