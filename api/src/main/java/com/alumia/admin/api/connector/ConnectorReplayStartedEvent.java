package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConnectorReplayStartedEvent(String replayId, ReplayFilter filter, boolean evenIfAcknowledged,
                                          int total) {
}
