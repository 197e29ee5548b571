package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.Identifiers;

/** A per-org connection to a connector ({@code cn_…}). */
public record ConnectionId(String value) {

    public ConnectionId {
        Identifiers.require("connection id", value);
    }

    public static ConnectionId newId() {
        return new ConnectionId(Identifiers.newValue("cn"));
    }

    @Override
    public String toString() {
        return value;
    }
}
