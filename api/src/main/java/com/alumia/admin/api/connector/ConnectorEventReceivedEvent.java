package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.net.URI;

/** A connector event was accepted (verified or allowed unsigned), to be delivered to {@code endpoint}. */
@Revision("1")
public record ConnectorEventReceivedEvent(ConnectorEventId id, ConnectorKey connector, String eventId, OrgId org,
                                          Posture posture, URI endpoint, String payload, String contentType) {
}
