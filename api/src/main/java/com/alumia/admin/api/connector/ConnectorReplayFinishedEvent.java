package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

/** How a replay ended: events sent again, events skipped (acknowledged already), whether it was cancelled. */
@Revision("1")
public record ConnectorReplayFinishedEvent(String replayId, int requeued, int skipped, boolean cancelled) {
}
