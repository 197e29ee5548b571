package com.alumia.admin.api.runtime;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Cancels a scheduled change that has not applied yet. */
public record CancelFlagChangeCommand(@TargetAggregateIdentifier FlagKey key,
                                      @TargetAggregateVersion Long expectedVersion, String scheduleId) {
}
