package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Adds a custom domain to a target; the reason travels in the metadata.
 *
 * @param token the verification token issued for it (random, chosen by the caller)
 */
public record AddCustomDomainCommand(@TargetAggregateIdentifier TargetId targetId, String hostname, String token) {

    /** The records to create, and the target's version with the domain. */
    public record Added(DomainRecords records, long version) {
    }
}
