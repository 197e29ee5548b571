package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

/**
 * A rebuild of {@code processor} was asked for and started. In place, its view was emptied and is replayed from
 * the log; built aside, the replay fills copies of its tables, and {@link ProjectionSwitchedEvent} follows.
 * Revision 1 had neither strategy nor nodes nor node: those rebuilds were in place on the node asked.
 *
 * @param headAtRequest the last position in the log when the rebuild started: the replay is complete past it
 * @param node          the node that ran it
 */
@Revision("2")
public record ProjectionRebuildRequestedEvent(String processor, long headAtRequest, RebuildStrategy strategy,
                                              RebuildNodes nodes, String node) {
}
