package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

/** The worker acknowledged the event (a 2xx) on attempt {@code attempt}. */
@Revision("1")
public record ConnectorEventDeliveredEvent(ConnectorEventId id, int attempt) {
}
