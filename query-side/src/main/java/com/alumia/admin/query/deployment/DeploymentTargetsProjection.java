package com.alumia.admin.query.deployment;

import com.alumia.admin.query.common.ViewJson;
import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.deployment.DeploymentDomainAddedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainObservedEvent;
import com.alumia.admin.api.deployment.DeploymentDomainRemovedEvent;
import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentOpenedEvent;
import com.alumia.admin.api.deployment.DeploymentIncidentResolvedEvent;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.DomainState;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.TargetId;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * Deployment targets with their modes, hosts, migration version and health; their custom domains with every change
 * of DNS state; their health incidents; and the host routes that edge routers read.
 */
@Component
@ProcessingGroup(DeploymentTargetsProjection.GROUP)
class DeploymentTargetsProjection {

    static final String GROUP = "deployment-targets";

    private final BatchedWrites writes;

    DeploymentTargetsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(DeploymentTargetCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO deployment_target (target_id, org_id, name, region, routing_mode, isolation_mode,
                                               default_hosts, migration_version, health, version, created_at,
                                               updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'UNKNOWN', ?, ?, ?)""", event.targetId().value(),
                event.org().value(), event.name(), event.region(), event.routingMode().name(),
                event.isolationMode().name(), String.join(" ", event.defaultHosts()), event.migrationVersion(),
                sequence, time(at), time(at));
        for (String host : event.defaultHosts()) {
            writes.current().add("INSERT INTO host_route (host, target_id, org_id, kind, verified) "
                                 + "VALUES (?, ?, ?, ?, TRUE)", host, event.targetId().value(), event.org().value(),
                    Hostnames.isWildcard(host) ? "wildcard" : "default_host");
        }
    }

    @EventHandler
    void on(DeploymentModesChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("UPDATE deployment_target SET routing_mode = ?, isolation_mode = ?, version = ?, "
                             + "updated_at = ? WHERE target_id = ?", event.routingTo().name(),
                event.isolationTo().name(), sequence, time(at), event.targetId().value());
    }

    @EventHandler
    void on(DeploymentHealthChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        boolean healthChanged = event.from() != event.to();
        writes.current().add("UPDATE deployment_target SET health = ?, health_details = ?, migration_version = ?, "
                             + "health_since = " + (healthChanged ? "?" : "COALESCE(health_since, ?)")
                             + ", version = ?, updated_at = ? WHERE target_id = ?", event.to().name(),
                ViewJson.write(event.details()), event.migrationVersion(), time(at), sequence, time(at),
                event.targetId().value());
    }

    @EventHandler
    void on(DeploymentIncidentOpenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("INSERT INTO deployment_incident (target_id, number, health, details, opened_at) "
                             + "VALUES (?, ?, ?, ?, ?)", event.targetId().value(), event.number(),
                event.health().name(), ViewJson.write(event.details()), time(at));
        touch(event.targetId(), sequence, at);
    }

    @EventHandler
    void on(DeploymentIncidentResolvedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("UPDATE deployment_incident SET resolved_at = ?, resolved_by = ?, resolution = ? "
                             + "WHERE target_id = ? AND number = ?", time(at), actor, reason,
                event.targetId().value(), event.number());
        touch(event.targetId(), sequence, at);
    }

    @EventHandler
    void on(DeploymentDomainAddedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("""
                INSERT INTO deployment_domain (host, target_id, org_id, state, state_since, txt_name, txt_value,
                                               cname_target, findings, added_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?, ?, ?, '[]', ?)""", event.hostname(), event.targetId().value(),
                event.org().value(), time(at), event.records().txtName(), event.records().txtValue(),
                event.records().cnameTarget(), time(at));
        writes.current().add("INSERT INTO host_route (host, target_id, org_id, kind, verified) "
                             + "VALUES (?, ?, ?, 'custom_domain', FALSE)", event.hostname(),
                event.targetId().value(), event.org().value());
        change(event.targetId(), sequence, event.hostname(), at, "added", null, DomainState.PENDING, "[]", actor,
                reason);
        touch(event.targetId(), sequence, at);
    }

    @EventHandler
    void on(DeploymentDomainObservedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        String findings = ViewJson.write(event.findings());
        writes.current().add("UPDATE deployment_domain SET state = ?, findings = ?"
                             + (event.from() != event.to() ? ", state_since = ?" : ", state_since = COALESCE(?, "
                                                                                    + "state_since)")
                             + " WHERE host = ?", event.to().name(), findings,
                event.from() != event.to() ? time(at) : null, event.hostname());
        writes.current().add("UPDATE host_route SET verified = ? WHERE host = ? AND kind = 'custom_domain'",
                event.to() == DomainState.VERIFIED, event.hostname());
        change(event.targetId(), sequence, event.hostname(), at, "observed", event.from(), event.to(), findings,
                actor, reason);
        touch(event.targetId(), sequence, at);
    }

    @EventHandler
    void on(DeploymentDomainRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor, @MetaDataValue(AuditMetadata.REASON) String reason) {
        writes.current().add("DELETE FROM deployment_domain WHERE host = ?", event.hostname());
        writes.current().add("DELETE FROM host_route WHERE host = ? AND kind = 'custom_domain'", event.hostname());
        change(event.targetId(), sequence, event.hostname(), at, "removed", event.lastState(), null, "[]", actor,
                reason);
        touch(event.targetId(), sequence, at);
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("deployment_target", "deployment_domain", "deployment_domain_change",
                "deployment_incident", "host_route")) {
            writes.jdbc().update("DELETE FROM " + table);
        }
    }

    private void change(TargetId target, long sequence, String host, Instant at, String change, DomainState from,
                        DomainState to, String findings, String actor, String reason) {
        writes.current().add("""
                INSERT INTO deployment_domain_change (target_id, seq, host, at, change, from_state, to_state, findings,
                                                      actor, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", target.value(), sequence, host, time(at), change,
                from == null ? null : from.name(), to == null ? null : to.name(), findings, actor, reason);
    }

    private void touch(TargetId target, long sequence, Instant at) {
        writes.current().add("UPDATE deployment_target SET version = ?, updated_at = ? WHERE target_id = ?", sequence,
                time(at), target.value());
    }
}
