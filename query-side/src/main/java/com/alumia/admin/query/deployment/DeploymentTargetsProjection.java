package com.alumia.admin.query.deployment;

import com.alumia.admin.api.deployment.DeploymentHealthChangedEvent;
import com.alumia.admin.api.deployment.DeploymentModesChangedEvent;
import com.alumia.admin.api.deployment.DeploymentTargetCreatedEvent;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetViews;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.SqlWhere;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** Deployment targets with their modes, hosts, migration version and health. */
@Component
@ProcessingGroup(DeploymentTargetsProjection.GROUP)
class DeploymentTargetsProjection {

    static final String GROUP = "deployment-targets";
    private static final ObjectMapper JSON = new ObjectMapper();

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
                json(event.details()), event.migrationVersion(), time(at), sequence, time(at),
                event.targetId().value());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM deployment_target");
    }

    @QueryHandler
    TargetViews.Targets handle(TargetViews.FindTargetsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId())
                .and("health", query.health() == null ? null : query.health().name())
                .and("routing_mode", query.routingMode() == null ? null : query.routingMode().name())
                .and("isolation_mode", query.isolationMode() == null ? null : query.isolationMode().name())
                .and("region", query.region());
        return new TargetViews.Targets(writes.jdbc().query("SELECT * FROM deployment_target" + where.sql()
                                                           + " ORDER BY org_id, name, target_id",
                (rs, n) -> target(rs), where.args()));
    }

    @QueryHandler
    Optional<TargetViews.Target> handle(TargetViews.FindTargetQuery query) {
        return writes.jdbc().query("SELECT * FROM deployment_target WHERE target_id = ?", (rs, n) -> target(rs),
                query.targetId().value()).stream().findFirst();
    }

    private static TargetViews.Target target(ResultSet rs) throws SQLException {
        return new TargetViews.Target(rs.getString("target_id"), rs.getString("org_id"), rs.getString("name"),
                rs.getString("region"), RoutingMode.valueOf(rs.getString("routing_mode")),
                IsolationMode.valueOf(rs.getString("isolation_mode")),
                Arrays.asList(rs.getString("default_hosts").split(" ")), rs.getString("migration_version"),
                TargetHealth.valueOf(rs.getString("health")), details(rs.getString("health_details")),
                instant(rs, "health_since"), rs.getLong("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static String json(Map<String, String> details) {
        try {
            return JSON.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> details(String json) {
        try {
            return json == null ? Map.of() : JSON.readValue(json, new TypeReference<>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

}
