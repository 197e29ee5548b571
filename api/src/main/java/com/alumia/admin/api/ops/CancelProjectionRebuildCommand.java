package com.alumia.admin.api.ops;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Stops a build aside and drops what it built; the live view was never touched. The reason travels in the metadata.
 *
 * @param abandonedBy the node whose build is dropped because it stopped reporting, or null when an operator
 *                    cancelled it
 */
public record CancelProjectionRebuildCommand(@TargetAggregateIdentifier String processor, long position,
                                             String abandonedBy) {
}
