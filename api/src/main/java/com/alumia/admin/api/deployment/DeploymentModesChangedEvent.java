package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

/** A target's routing or isolation mode changed (from and to; equal when that one did not change). */
@Revision("1")
public record DeploymentModesChangedEvent(TargetId targetId, RoutingMode routingFrom, RoutingMode routingTo,
                                          IsolationMode isolationFrom, IsolationMode isolationTo) {
}
