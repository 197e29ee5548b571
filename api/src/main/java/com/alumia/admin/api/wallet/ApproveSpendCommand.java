package com.alumia.admin.api.wallet;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/**
 * An operator approves a spend request, whole or in part; the reason travels in the metadata.
 *
 * @param amount what is approved, at most what was requested; null approves all of it
 */
public record ApproveSpendCommand(@TargetAggregateIdentifier SpendRequestId requestId,
                                  @TargetAggregateVersion Long expectedVersion, Long amount) {
}
