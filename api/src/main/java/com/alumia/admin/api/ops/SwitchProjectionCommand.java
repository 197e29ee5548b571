package com.alumia.admin.api.ops;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records that a view built aside replaced the live one; sent by the node that ran the build, with the metadata
 * of the operator who asked for it.
 *
 * @param position the position in the log the new view had reached when it was switched in
 */
public record SwitchProjectionCommand(@TargetAggregateIdentifier String processor, long position, String node) {
}
