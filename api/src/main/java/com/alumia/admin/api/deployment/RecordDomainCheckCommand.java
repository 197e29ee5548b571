package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** What a DNS check of a custom domain observed; the target decides what it means. */
public record RecordDomainCheckCommand(@TargetAggregateIdentifier TargetId targetId, String hostname,
                                       DomainObservation observation) {
}
