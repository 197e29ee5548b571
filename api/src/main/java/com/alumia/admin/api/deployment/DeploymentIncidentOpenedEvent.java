package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * A probe reported a target degraded or down while no incident was open: incident {@code number} stays open, even
 * once the target is healthy again, until an operator resolves it.
 */
@Revision("1")
public record DeploymentIncidentOpenedEvent(TargetId targetId, int number, TargetHealth health,
                                            Map<String, String> details) {
}
