package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Removes a custom domain from its target, which gives up the hostname; the reason travels in the metadata. */
public record RemoveCustomDomainCommand(@TargetAggregateIdentifier TargetId targetId, String hostname) {
}
