package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Connects an org to a connector, optionally through one of its BYOK keys; the reason is in the metadata. */
public record ConnectOrgCommand(@TargetAggregateIdentifier ConnectionId connectionId, OrgId org,
                                ConnectorKey connector, ByokKeyId byokKey) {
}
