package com.alumia.admin.api.runtime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds a flag to the registry; its key is taken for good, even after it is retired. */
public record DefineFlagCommand(@TargetAggregateIdentifier FlagKey key, FlagSpec spec) {
}
