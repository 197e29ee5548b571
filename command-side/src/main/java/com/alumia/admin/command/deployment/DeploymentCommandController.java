package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.IfMatch;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Deployment targets (/admin/deployments): operators register targets and change their routing or isolation
 * with a reason; probes (service role {@code probe}) report health.
 */
@RestController
class DeploymentCommandController {

    private static final String TARGETS = "/api/v1/admin/deployments/targets";

    private final CommandSender commands;
    private final KnownOrgs orgs;

    DeploymentCommandController(CommandSender commands, KnownOrgs orgs) {
        this.commands = commands;
        this.orgs = orgs;
    }

    record CreateBody(@NotBlank String orgId, @NotBlank String name, @NotBlank String region,
                      @NotNull RoutingMode routingMode, @NotNull IsolationMode isolationMode,
                      @NotNull List<String> defaultHosts, @NotBlank String migrationVersion,
                      @NotBlank @Size(max = 2_000) String reason) {
    }

    record ModesBody(RoutingMode routingMode, IsolationMode isolationMode,
                     @NotBlank @Size(max = 2_000) String reason) {
    }

    record HealthBody(@NotNull TargetHealth health, Map<String, String> details, String migrationVersion) {
    }

    record TargetResponse(String targetId, long version) {
    }

    record HealthResponse(String targetId, boolean recorded) {
    }

    @PostMapping(TARGETS)
    ResponseEntity<TargetResponse> create(@Valid @RequestBody CreateBody body) {
        TargetId id = TargetId.newId();
        commands.send(new CreateTargetCommand(id, orgs.require(new OrgId(body.orgId())), body.name(), body.region(),
                body.routingMode(), body.isolationMode(), body.defaultHosts(), body.migrationVersion()),
                body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(TARGETS + "/" + id))
                             .eTag(EntityTags.of(0)).body(new TargetResponse(id.value(), 0));
    }

    @PostMapping(TARGETS + "/{targetId}/modes")
    ResponseEntity<TargetResponse> modes(@PathVariable String targetId, @Valid @RequestBody ModesBody body,
                                         @RequestHeader(name = IfMatch.HEADER, required = false) String ifMatch) {
        TargetId id = new TargetId(targetId);
        long version = commands.send(new ChangeTargetModesCommand(id, IfMatch.expectedVersion(ifMatch),
                body.routingMode(), body.isolationMode()), body.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new TargetResponse(id.value(), version));
    }

    /** A probe's report; only a change of health or migration version is recorded. */
    @PostMapping("/api/v1/deployments/targets/{targetId}/health")
    HealthResponse health(@PathVariable String targetId, @Valid @RequestBody HealthBody body) {
        TargetId id = new TargetId(targetId);
        boolean recorded = commands.send(new ReportTargetHealthCommand(id, body.health(), body.details(),
                body.migrationVersion()));
        return new HealthResponse(id.value(), recorded);
    }
}
