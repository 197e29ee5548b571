package com.alumia.admin.query.deployment;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.api.deployment.TargetViews;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * /admin/deployments: targets with filters; one target with its custom domains (records, findings, last and next
 * DNS check, timeline) and incidents; its cutover readiness. And the host routes edge routers read (service role
 * {@code edge}).
 */
@RestController
class DeploymentQueryController {

    private static final String TARGETS = "/api/v1/admin/deployments/targets";

    private final Queries queries;

    DeploymentQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping(TARGETS)
    TargetViews.Targets targets(@RequestParam(required = false) String orgId,
                                @RequestParam(required = false) TargetHealth health,
                                @RequestParam(required = false) RoutingMode routingMode,
                                @RequestParam(required = false) IsolationMode isolationMode,
                                @RequestParam(required = false) String region) {
        return queries.ask(new TargetViews.FindTargetsQuery(orgId, health, routingMode, isolationMode, region),
                TargetViews.Targets.class);
    }

    @GetMapping(TARGETS + "/{targetId}")
    ResponseEntity<TargetViews.TargetDetail> target(@PathVariable String targetId) {
        TargetId id = new TargetId(targetId);
        TargetViews.TargetDetail detail = queries.askOptional(new TargetViews.FindTargetDetailQuery(id),
                TargetViews.TargetDetail.class).orElseThrow(() -> new NotFoundException("deployment target", targetId));
        Map<String, TargetViews.DomainCheck> checks = queries.ask(new TargetViews.FindDomainChecksQuery(id),
                TargetViews.DomainChecks.class).items().stream()
                .collect(Collectors.toMap(TargetViews.DomainCheck::hostname, Function.identity()));
        TargetViews.TargetDetail withChecks = new TargetViews.TargetDetail(detail.target(), detail.domains().stream()
                .map(d -> new TargetViews.Domain(d.hostname(), d.state(), d.stateSince(), d.records(), d.findings(),
                        checks.get(d.hostname()), d.addedAt(), d.timeline())).toList(), detail.incidents());
        return ResponseEntity.ok().eTag(EntityTags.of(detail.target().version())).body(withChecks);
    }

    /** Go or no-go for a DNS cutover to the target, checked against {@code requiredMigrationVersion}. */
    @GetMapping(TARGETS + "/{targetId}/readiness")
    TargetViews.Readiness readiness(@PathVariable String targetId,
                                    @RequestParam(required = false) String requiredMigrationVersion) {
        if (requiredMigrationVersion != null && !requiredMigrationVersion.matches("[0-9]+(\\.[0-9]+){0,5}")) {
            throw new InvalidValueException("requiredMigrationVersion is numbers joined by dots, such as "
                                               + "2026.11.24");
        }
        return queries.askOptional(new TargetViews.ReadinessQuery(new TargetId(targetId), requiredMigrationVersion),
                TargetViews.Readiness.class).orElseThrow(() -> new NotFoundException("deployment target", targetId));
    }

    /**
     * Where an edge router sends a host: its org and target. A host that is no target's default host, under no
     * wildcard default host, and no verified custom domain is a 404 (an unverified custom domain never routes).
     */
    @GetMapping("/api/v1/routing/hosts/{host}")
    TargetViews.HostRoute route(@PathVariable String host) {
        String name = Hostnames.canonical(host);
        return queries.askOptional(new TargetViews.ResolveHostQuery(name), TargetViews.HostRoute.class)
                      .orElseThrow(() -> new NotFoundException("route for host", name));
    }
}
