package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.util.List;

@Revision("1")
public record DeploymentTargetCreatedEvent(TargetId targetId, OrgId org, String name, String region,
                                           RoutingMode routingMode, IsolationMode isolationMode,
                                           List<String> defaultHosts, String migrationVersion) {
}
