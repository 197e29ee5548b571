package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Changes how a target is routed or isolated (either may be null: unchanged); the reason is in the metadata. */
public record ChangeTargetModesCommand(@TargetAggregateIdentifier TargetId targetId,
                                       @TargetAggregateVersion Long expectedVersion, RoutingMode routingMode,
                                       IsolationMode isolationMode) {
}
