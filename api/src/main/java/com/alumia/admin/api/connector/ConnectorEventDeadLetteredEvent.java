package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

/** Every allowed attempt failed: the event waits in the dead-letter queue for a replay. */
@Revision("1")
public record ConnectorEventDeadLetteredEvent(ConnectorEventId id, int attempts, String lastError) {
}
