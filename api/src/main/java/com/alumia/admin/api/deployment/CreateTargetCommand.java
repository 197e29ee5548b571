package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/**
 * Registers a deployment target of an org; the reason travels in the metadata.
 *
 * @param defaultHosts the hosts the target answers on before any custom domain, such as
 *                     {@code acme.enterprise.alumia.com}
 * @param migrationVersion the schema migration version it runs, such as {@code 2026.11.24.21}
 */
public record CreateTargetCommand(@TargetAggregateIdentifier TargetId targetId, OrgId org, String name, String region,
                                  RoutingMode routingMode, IsolationMode isolationMode, List<String> defaultHosts,
                                  String migrationVersion) {
}
