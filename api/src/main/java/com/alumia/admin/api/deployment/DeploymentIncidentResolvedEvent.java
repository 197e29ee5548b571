package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

/** An operator resolved the target's open incident; what was done is the reason in the metadata. */
@Revision("1")
public record DeploymentIncidentResolvedEvent(TargetId targetId, int number, TargetHealth healthAtResolution) {
}
