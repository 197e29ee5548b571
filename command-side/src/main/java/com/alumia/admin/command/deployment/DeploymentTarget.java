package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.deployment.AddCustomDomainCommand;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.DeploymentDomainAddedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainObservedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainRemovedEvent;
import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentOpenedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentResolvedEvent;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.DomainCheckOutcome;
import com.alumia.admin.api.deployment.DomainFinding;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.DomainState;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RecordDomainCheckCommand;
import com.alumia.admin.api.deployment.RemoveCustomDomainCommand;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
import com.alumia.admin.api.deployment.ResolveIncidentCommand;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Where an org's workloads run: its region, how it is routed and isolated, the hosts it answers on (its default
 * hosts and the custom domains the org verifies), the schema migration version it runs, its health as probes
 * report it, and the health incident that a probe opened and an operator has not yet resolved.
 */
@Aggregate
class DeploymentTarget {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+){1,3}");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,5}");
    private static final int MAX_DETAILS = 20;
    private static final int MAX_DOMAINS = 50;
    private static final Pattern TOKEN = Pattern.compile("[a-z0-9]{16,64}");

    @AggregateIdentifier
    private TargetId targetId;
    private OrgId org;
    private RoutingMode routing;
    private IsolationMode isolation;
    private TargetHealth health;
    private String migrationVersion;
    private List<String> defaultHosts;
    private final Map<String, Domain> domains = new HashMap<>();
    private int incidents;
    private boolean incidentOpen;

    private record Domain(DomainRecords records, DomainState state, List<DomainFinding> findings) {
    }

    DeploymentTarget() {
    }

    @CommandHandler
    DeploymentTarget(CreateTargetCommand command) {
        if (command.org() == null || command.routingMode() == null || command.isolationMode() == null) {
            throw DomainException.invalid("deployment.incomplete", "a target names its org, routing and isolation");
        }
        String region = requireText("region", command.region(), 40);
        if (!REGION.matcher(region).matches()) {
            throw DomainException.invalid("deployment.region_invalid", "region is a name such as eu-central-1");
        }
        List<String> hosts = hosts(command.defaultHosts());
        apply(new DeploymentTargetCreatedEvent(command.targetId(), command.org(),
                requireText("name", command.name(), 120), region, command.routingMode(), command.isolationMode(),
                hosts, version(command.migrationVersion())));
    }

    @CommandHandler
    long handle(ChangeTargetModesCommand command) {
        RoutingMode newRouting = command.routingMode() == null ? routing : command.routingMode();
        IsolationMode newIsolation = command.isolationMode() == null ? isolation : command.isolationMode();
        if (newRouting == routing && newIsolation == isolation) {
            throw DomainException.conflict("deployment.modes_unchanged", "The target is routed " + routing
                    + " and isolated " + isolation + " already", Map.of());
        }
        apply(new DeploymentModesChangedEvent(targetId, routing, newRouting, isolation, newIsolation));
        return getVersion();
    }

    /**
     * A probe's report. A target that turns degraded or down while no incident is open opens one.
     *
     * @return whether the report changed what is known (and was recorded)
     */
    @CommandHandler
    boolean handle(ReportTargetHealthCommand command) {
        if (command.health() == null) {
            throw DomainException.invalid("deployment.health_required", "a report gives the target's health");
        }
        Map<String, String> details = details(command.details());
        String version = command.migrationVersion() == null ? migrationVersion : version(command.migrationVersion());
        if (command.health() == health && Objects.equals(version, migrationVersion)) {
            return false;
        }
        apply(new DeploymentHealthChangedEvent(targetId, health, command.health(), details, version));
        if (!incidentOpen && (command.health() == TargetHealth.DEGRADED || command.health() == TargetHealth.DOWN)) {
            apply(new DeploymentIncidentOpenedEvent(targetId, incidents + 1, command.health(), details));
        }
        return true;
    }

    @CommandHandler
    long handle(ResolveIncidentCommand command) {
        if (!incidentOpen) {
            throw DomainException.conflict("deployment.no_open_incident", "The target has no open incident",
                    Map.of());
        }
        apply(new DeploymentIncidentResolvedEvent(targetId, incidents, health));
        return getVersion();
    }

    @CommandHandler
    AddCustomDomainCommand.Added handle(AddCustomDomainCommand command) {
        String host = host(command.hostname(), "deployment.domain_invalid");
        if (Hostnames.isWildcard(host)) {
            throw DomainException.invalid("deployment.domain_wildcard",
                    "a custom domain is one hostname; wildcards are default hosts of a target");
        }
        if (domains.containsKey(host) || defaultHosts.contains(host)) {
            throw DomainException.conflict("deployment.domain_exists", "The target answers on " + host + " already",
                    Map.of("hostname", host));
        }
        if (domains.size() >= MAX_DOMAINS) {
            throw DomainException.conflict("deployment.domains_full", "A target has at most " + MAX_DOMAINS
                    + " custom domains", Map.of());
        }
        if (command.token() == null || !TOKEN.matcher(command.token()).matches()) {
            throw DomainException.invalid("deployment.token_invalid",
                    "a verification token is 16 to 64 lower-case letters and digits");
        }
        String cnameTarget = defaultHosts.stream().filter(h -> !Hostnames.isWildcard(h)).findFirst()
                .orElseThrow(() -> DomainException.conflict("deployment.no_cname_target", "The target has only "
                        + "wildcard default hosts, so there is no name for a custom domain to point at", Map.of()));
        DomainRecords records = DomainRecords.of(host, command.token(), cnameTarget);
        apply(new DeploymentDomainAddedEvent(targetId, org, host, records));
        return new AddCustomDomainCommand.Added(records, getVersion());
    }

    /** Records what a check saw when it changes the domain's state or findings; an inconclusive check changes nothing. */
    @CommandHandler
    DomainCheckOutcome handle(RecordDomainCheckCommand command) {
        String host = host(command.hostname(), "deployment.domain_invalid");
        Domain domain = domain(host);
        if (command.observation() == null) {
            throw DomainException.invalid("deployment.observation_required", "a check gives what it observed");
        }
        if (command.observation().inconclusive()) {
            return new DomainCheckOutcome(host, domain.state(), domain.findings(), false, true);
        }
        DomainVerification.Verdict verdict = DomainVerification.judge(domain.records(), command.observation());
        boolean changed = verdict.state() != domain.state() || !verdict.findings().equals(domain.findings());
        if (changed) {
            apply(new DeploymentDomainObservedEvent(targetId, host, domain.state(), verdict.state(),
                    verdict.findings()));
        }
        return new DomainCheckOutcome(host, verdict.state(), verdict.findings(), changed, false);
    }

    @CommandHandler
    long handle(RemoveCustomDomainCommand command) {
        String host = host(command.hostname(), "deployment.domain_invalid");
        apply(new DeploymentDomainRemovedEvent(targetId, host, domain(host).state()));
        return getVersion();
    }

    private Domain domain(String host) {
        Domain domain = domains.get(host);
        if (domain == null) {
            throw DomainException.notFound("deployment.domain_unknown", "The target has no custom domain " + host);
        }
        return domain;
    }

    private static String host(String given, String code) {
        try {
            return Hostnames.canonicalPattern(given);
        } catch (InvalidValueException e) {
            throw DomainException.invalid(code, e.getMessage());
        }
    }

    private static List<String> hosts(List<String> given) {
        if (given == null || given.isEmpty() || given.size() > 20) {
            throw DomainException.invalid("deployment.hosts_required", "a target has 1 to 20 default hosts");
        }
        return given.stream().map(h -> host(h, "deployment.host_invalid")).distinct().toList();
    }

    private static String version(String given) {
        String version = requireText("migrationVersion", given, 40);
        if (!VERSION.matcher(version).matches()) {
            throw DomainException.invalid("deployment.version_invalid", "a migration version is numbers joined by dots");
        }
        return version;
    }

    private static Map<String, String> details(Map<String, String> given) {
        if (given == null) {
            return Map.of();
        }
        if (given.size() > MAX_DETAILS) {
            throw DomainException.invalid("deployment.details_too_many", "at most " + MAX_DETAILS + " details");
        }
        Map<String, String> details = new LinkedHashMap<>();
        given.forEach((k, v) -> details.put(requireText("detail name", k, 64), v == null ? "" : v.length() > 500
                ? v.substring(0, 500) : v));
        return details;
    }

    @EventSourcingHandler
    void on(DeploymentTargetCreatedEvent event) {
        targetId = event.targetId();
        routing = event.routingMode();
        isolation = event.isolationMode();
        migrationVersion = event.migrationVersion();
        health = TargetHealth.UNKNOWN;
        org = event.org();
        defaultHosts = event.defaultHosts();
    }

    @EventSourcingHandler
    void on(DeploymentModesChangedEvent event) {
        routing = event.routingTo();
        isolation = event.isolationTo();
    }

    @EventSourcingHandler
    void on(DeploymentHealthChangedEvent event) {
        health = event.to();
        migrationVersion = event.migrationVersion();
    }

    @EventSourcingHandler
    void on(DeploymentIncidentOpenedEvent event) {
        incidents = event.number();
        incidentOpen = true;
    }

    @EventSourcingHandler
    void on(DeploymentIncidentResolvedEvent event) {
        incidentOpen = false;
    }

    @EventSourcingHandler
    void on(DeploymentDomainAddedEvent event) {
        domains.put(event.hostname(), new Domain(event.records(), DomainState.PENDING, List.of()));
    }

    @EventSourcingHandler
    void on(DeploymentDomainObservedEvent event) {
        domains.computeIfPresent(event.hostname(), (host, d) -> new Domain(d.records(), event.to(), event.findings()));
    }

    @EventSourcingHandler
    void on(DeploymentDomainRemovedEvent event) {
        domains.remove(event.hostname());
    }
}
