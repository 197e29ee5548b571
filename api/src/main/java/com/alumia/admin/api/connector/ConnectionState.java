package com.alumia.admin.api.connector;

/** A per-org connection's state; {@code REVOKED} is final. */
public enum ConnectionState {
    CONNECTED, DEGRADED, ERROR, REVOKED
}
