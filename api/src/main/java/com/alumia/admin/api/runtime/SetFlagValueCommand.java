package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * Sets a flag's global value, or with {@code org} the override for one org. The reason travels in the metadata.
 *
 * @param value the value as the operator gave it; stored in the flag's canonical form
 */
public record SetFlagValueCommand(@TargetAggregateIdentifier FlagKey key, @TargetAggregateVersion Long expectedVersion,
                                  OrgId org, String value) {
}
