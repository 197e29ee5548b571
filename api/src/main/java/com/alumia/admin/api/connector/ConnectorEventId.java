package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.Identifiers;

/**
 * An accepted connector event ({@code ce_…}): derived from the connector and the sender's event id, so the same
 * event sent twice has the same identifier, and the second is a duplicate.
 */
public record ConnectorEventId(String value) {

    public static ConnectorEventId of(ConnectorKey connector, String eventId) {
        return new ConnectorEventId(Identifiers.derived("ce", connector.value(), eventId));
    }

    @Override
    public String toString() {
        return value;
    }
}
