package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An operator closes the target's open health incident; the reason (what was done) travels in the metadata. */
public record ResolveIncidentCommand(@TargetAggregateIdentifier TargetId targetId) {
}
