package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record ConnectionCreatedEvent(ConnectionId connectionId, OrgId org, ConnectorKey connector, ByokKeyId byokKey) {
}
