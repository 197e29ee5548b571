package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

/** An operator asked a running replay to stop; it stops before its next event. */
@Revision("1")
public record ConnectorReplayCancellationRequestedEvent(String replayId) {
}
