package com.alumia.admin.api.ops;

import org.axonframework.serialization.Revision;

/**
 * A rebuild of {@code processor} was asked for and started: its view was emptied and is replayed from the log.
 *
 * @param headAtRequest the last position in the log when the rebuild started: the replay is complete past it
 */
@Revision("1")
public record ProjectionRebuildRequestedEvent(String processor, long headAtRequest) {
}
