package com.alumia.admin.api.deployment;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Map;

/**
 * A probe's report: the target's health, what it found, and the migration version the target runs now.
 *
 * @param details what the probe checked and saw, such as {@code {"db":"ok","p99_ms":"84"}}
 */
public record ReportTargetHealthCommand(@TargetAggregateIdentifier TargetId targetId, TargetHealth health,
                                        Map<String, String> details, String migrationVersion) {
}
