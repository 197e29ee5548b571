package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Starts a replay of {@code total} selected events; the reason and the step-up are in the metadata. */
public record StartConnectorReplayCommand(@TargetAggregateIdentifier String replayId, ReplayFilter filter,
                                          boolean evenIfAcknowledged, int total) {
}
