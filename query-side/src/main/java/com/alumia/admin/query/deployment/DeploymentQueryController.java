package com.alumia.admin.query.deployment;

import com.alumia.admin.api.common.EntityTags;
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

/** /admin/deployments: targets with filters, and one target. */
@RestController
class DeploymentQueryController {

    private final Queries queries;

    DeploymentQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/deployments/targets")
    TargetViews.Targets targets(@RequestParam(required = false) String orgId,
                                @RequestParam(required = false) TargetHealth health,
                                @RequestParam(required = false) RoutingMode routingMode,
                                @RequestParam(required = false) IsolationMode isolationMode,
                                @RequestParam(required = false) String region) {
        return queries.ask(new TargetViews.FindTargetsQuery(orgId, health, routingMode, isolationMode, region),
                TargetViews.Targets.class);
    }

    @GetMapping("/api/v1/admin/deployments/targets/{targetId}")
    ResponseEntity<TargetViews.Target> target(@PathVariable String targetId) {
        TargetViews.Target target = queries.askOptional(new TargetViews.FindTargetQuery(new TargetId(targetId)),
                TargetViews.Target.class).orElseThrow(() -> new NotFoundException("deployment target", targetId));
        return ResponseEntity.ok().eTag(EntityTags.of(target.version())).body(target);
    }
}
