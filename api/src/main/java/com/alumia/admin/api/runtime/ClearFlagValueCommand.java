package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Removes a flag's global value (the default then applies), or with {@code org} one org's override (the global
 * value then applies to it).
 */
public record ClearFlagValueCommand(@TargetAggregateIdentifier FlagKey key,
                                    @TargetAggregateVersion Long expectedVersion, OrgId org) {
}
