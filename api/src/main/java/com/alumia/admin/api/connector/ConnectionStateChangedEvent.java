package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

/** A connection's state changed; {@code cause} says why ("BYOK key bk_… revoked", an operator's note). */
@Revision("1")
public record ConnectionStateChangedEvent(ConnectionId connectionId, ConnectionState from, ConnectionState to,
                                          String cause) {
}
