package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.Instant;

/**
 * Asks for a change of a flag at a later instant: a value set, or with {@code clear} the value removed, globally or
 * with {@code org} for one org. The reason travels in the metadata and is recorded again when the change applies.
 *
 * @param scheduleId chosen by the caller, to cancel the change before it applies
 */
public record ScheduleFlagChangeCommand(@TargetAggregateIdentifier FlagKey key,
                                        @TargetAggregateVersion Long expectedVersion, String scheduleId, OrgId org,
                                        boolean clear, String value, Instant at) {
}
