package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** An operator declines a spend request; the reason travels in the metadata. */
public record DeclineSpendCommand(@TargetAggregateIdentifier SpendRequestId requestId,
                                  @TargetAggregateVersion Long expectedVersion) {
}
