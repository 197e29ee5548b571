package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Asks a running replay to stop; the reason and the step-up are in the metadata. */
public record CancelConnectorReplayCommand(@TargetAggregateIdentifier String replayId) {
}
