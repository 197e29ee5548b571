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

    /** One target with its custom domains (each with its timeline) and its health incidents, newest first. */
    public record TargetDetail(Target target, List<Domain> domains, List<Incident> incidents) {
    }

    public record FindTargetDetailQuery(TargetId targetId) {
    }

    /**
     * A custom domain: the records its owner creates, its state since when, what is wrong (findings), the last and
     * next DNS check, and every change of state or findings, newest first.
     */
    public record Domain(String hostname, DomainState state, Instant stateSince, DomainRecords records,
                         List<DomainFinding> findings, DomainCheck check, Instant addedAt,
                         List<DomainChange> timeline) {
    }

    /** @param change {@code added}, {@code observed} or {@code removed}; summary reads like "failed: TXT missing" */
    public record DomainChange(Instant at, String change, DomainState from, DomainState to,
                               List<DomainFinding> findings, String summary, String actor, String reason) {
    }

    /** @param lastOutcome {@code pending}, {@code verified}, {@code failed} or {@code inconclusive} (lookup failed) */
    public record DomainCheck(String hostname, Instant lastCheckedAt, String lastOutcome, String lastError,
                              Instant nextCheckAt) {
    }

    public record DomainChecks(List<DomainCheck> items) {
    }

    /** The checker's state of a target's domains (kept by the checker, outside the views). */
    public record FindDomainChecksQuery(TargetId targetId) {
    }

    public record Incident(int number, TargetHealth health, Map<String, String> details, Instant openedAt,
                           Instant resolvedAt, String resolvedBy, String resolution) {
    }

    /** Go or no-go for a DNS cutover to the target, with the reason of every check. */
    public record Readiness(String targetId, boolean go, String requiredMigrationVersion, List<ReadinessCheck> checks) {
    }

    public record ReadinessCheck(String check, boolean passed, String reason) {
    }

    /** @param requiredMigrationVersion null: the check fails, saying that none was given */
    public record ReadinessQuery(TargetId targetId, String requiredMigrationVersion) {
    }

    /**
     * Where a host goes: its org and target.
     *
     * @param matchedBy {@code default_host}, {@code wildcard} (a default host {@code *.…} of the target, named in
     *                  {@code pattern}) or {@code custom_domain} (verified)
     */
    public record HostRoute(String host, String orgId, String targetId, String matchedBy, String pattern) {
    }

    /** @return a route, or none; an unverified custom domain has none */
    public record ResolveHostQuery(String host) {
    }
}
