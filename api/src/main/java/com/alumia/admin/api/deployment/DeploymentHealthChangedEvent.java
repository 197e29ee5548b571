package com.alumia.admin.api.deployment;

import org.axonframework.serialization.Revision;

import java.util.Map;

/**
 * A probe reported a health or a migration version other than the last one; reports that change nothing are not
 * recorded.
 */
@Revision("1")
public record DeploymentHealthChangedEvent(TargetId targetId, TargetHealth from, TargetHealth to,
                                           Map<String, String> details, String migrationVersion) {
}
