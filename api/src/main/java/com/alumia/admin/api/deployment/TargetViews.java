package com.alumia.admin.api.deployment;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What /admin/deployments reads. */
public final class TargetViews {

    private TargetViews() {
    }

    /** @param healthSince when the current health was first reported; null while unknown */
    public record Target(String targetId, String orgId, String name, String region, RoutingMode routingMode,
                         IsolationMode isolationMode, List<String> defaultHosts, String migrationVersion,
                         TargetHealth health, Map<String, String> healthDetails, Instant healthSince, long version,
                         Instant createdAt, Instant updatedAt) {
    }

    public record Targets(List<Target> items) {
    }

    /** Every filter optional. */
    public record FindTargetsQuery(String orgId, TargetHealth health, RoutingMode routingMode,
                                   IsolationMode isolationMode, String region) {
    }

    public record FindTargetQuery(TargetId targetId) {
    }
}
