package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Moves a connection to another state, with the cause (an operator's reason is in the metadata). */
public record ChangeConnectionStateCommand(@TargetAggregateIdentifier ConnectionId connectionId, ConnectionState state,
                                           String cause) {
}
