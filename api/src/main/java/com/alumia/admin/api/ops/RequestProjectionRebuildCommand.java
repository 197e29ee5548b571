package com.alumia.admin.api.ops;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An operator asks for a projection to be rebuilt from the log; the reason travels in the metadata.
 *
 * @param processor     the processing group, e.g. {@code feedback-queue}
 * @param headAtRequest the last position in the log as the rebuild starts
 * @param node          the node that runs the rebuild
 */
public record RequestProjectionRebuildCommand(@TargetAggregateIdentifier String processor, long headAtRequest,
                                              RebuildStrategy strategy, RebuildNodes nodes, String node) {
}
