package com.alumia.admin.api.runtime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes a flag out of the resolved controls; its history stays. */
public record RetireFlagCommand(@TargetAggregateIdentifier FlagKey key, @TargetAggregateVersion Long expectedVersion) {
}
