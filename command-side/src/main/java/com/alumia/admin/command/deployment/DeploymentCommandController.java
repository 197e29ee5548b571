package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.deployment.AddCustomDomainCommand;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.DomainCheckOutcome;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RemoveCustomDomainCommand;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
import com.alumia.admin.api.deployment.ResolveIncidentCommand;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
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
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Deployment targets (/admin/deployments): operators register targets, change their routing or isolation, add and
 * remove custom domains and resolve health incidents, each with a reason; they check a domain's DNS records on
 * demand. Probes (service role {@code probe}) report health.
 */
@RestController
class DeploymentCommandController {

    private static final String TARGETS = "/api/v1/admin/deployments/targets";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandSender commands;
    private final KnownOrgs orgs;
    private final DomainChecks checks;
    private final DeploymentProperties properties;

    DeploymentCommandController(CommandSender commands, KnownOrgs orgs, DomainChecks checks,
                                DeploymentProperties properties) {
        this.commands = commands;
        this.orgs = orgs;
        this.checks = checks;
        this.properties = properties;
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

    record DomainBody(@NotBlank @Size(max = 300) String hostname, @NotBlank @Size(max = 2_000) String reason) {
    }

    record ReasonBody(@NotBlank @Size(max = 2_000) String reason) {
    }

    /** The records the domain's owner creates, and the target's version after the change. */
    record DomainResponse(String targetId, String hostname, DomainRecords records, long version) {
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

    @PostMapping(TARGETS + "/{targetId}/domains")
    ResponseEntity<DomainResponse> addDomain(@PathVariable String targetId, @Valid @RequestBody DomainBody body) {
        TargetId id = new TargetId(targetId);
        String host = Hostnames.canonical(body.hostname());
        if (Hostnames.isWithin(host, properties.platformZone())) {
            throw DomainException.invalid("deployment.domain_in_platform_zone", host + " is a name of the platform's "
                    + "own zone " + properties.platformZone() + ": such hosts are default hosts of a target");
        }
        AddCustomDomainCommand.Added added = commands.send(new AddCustomDomainCommand(id, host,
                HexFormat.of().formatHex(bytes(16))), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(TARGETS + "/" + id + "/domains/" + host))
                             .eTag(EntityTags.of(added.version()))
                             .body(new DomainResponse(id.value(), host, added.records(), added.version()));
    }

    /** Checks the domain's DNS records now and answers with what the target made of them. */
    @PostMapping(TARGETS + "/{targetId}/domains/{hostname}/check")
    DomainCheckOutcome check(@PathVariable String targetId, @PathVariable String hostname) {
        return checks.check(new TargetId(targetId), Hostnames.canonical(hostname));
    }

    @PostMapping(TARGETS + "/{targetId}/domains/{hostname}/removal")
    ResponseEntity<TargetResponse> removeDomain(@PathVariable String targetId, @PathVariable String hostname,
                                                @Valid @RequestBody ReasonBody body) {
        TargetId id = new TargetId(targetId);
        long version = commands.send(new RemoveCustomDomainCommand(id, Hostnames.canonical(hostname)), body.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new TargetResponse(id.value(), version));
    }

    /** Closes the open health incident; the reason says what was done. */
    @PostMapping(TARGETS + "/{targetId}/incident/resolution")
    ResponseEntity<TargetResponse> resolveIncident(@PathVariable String targetId,
                                                   @Valid @RequestBody ReasonBody body) {
        TargetId id = new TargetId(targetId);
        long version = commands.send(new ResolveIncidentCommand(id), body.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new TargetResponse(id.value(), version));
    }

    private static byte[] bytes(int n) {
        byte[] bytes = new byte[n];
        RANDOM.nextBytes(bytes);
        return bytes;
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
