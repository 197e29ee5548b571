package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

import java.net.URI;

/** A replay sent the event to its worker again; attempts count from one again. */
@Revision("1")
public record ConnectorEventRequeuedEvent(ConnectorEventId id, String replayId, URI endpoint) {
}
