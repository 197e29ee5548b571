package com.alumia.admin.command.deployment;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.deployment.ChangeTargetModesCommand;
import com.alumia.admin.api.deployment.CreateTargetCommand;
import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.ReportTargetHealthCommand;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * Where an org's workloads run: its region, how it is routed and isolated, the hosts it answers on, the schema
 * migration version it runs, and its health as probes report it.
 */
@Aggregate
class DeploymentTarget {

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z0-9]+){1,3}");
    private static final Pattern VERSION = Pattern.compile("[0-9]+(\\.[0-9]+){0,5}");
    private static final int MAX_DETAILS = 20;

    @AggregateIdentifier
    private TargetId targetId;
    private RoutingMode routing;
    private IsolationMode isolation;
    private TargetHealth health;
    private String migrationVersion;

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

    /** @return whether the report changed what is known (and was recorded) */
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
        return true;
    }

    private static List<String> hosts(List<String> given) {
        if (given == null || given.isEmpty() || given.size() > 20) {
            throw DomainException.invalid("deployment.hosts_required", "a target has 1 to 20 default hosts");
        }
        try {
            return given.stream().map(Hostnames::canonical).distinct().toList();
        } catch (InvalidValueException e) {
            throw DomainException.invalid("deployment.host_invalid", e.getMessage());
        }
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
}
