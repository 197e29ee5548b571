package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

/** A custom domain was removed from its target; the hostname is free again. */
@Revision("1")
public record DeploymentDomainRemovedEvent(TargetId targetId, String hostname, DomainState lastState) {
}
