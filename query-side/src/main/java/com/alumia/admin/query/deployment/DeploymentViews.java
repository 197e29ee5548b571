package com.alumia.admin.query.deployment;

import com.alumia.admin.query.common.ViewJson;
import com.fasterxml.jackson.core.type.TypeReference;
import com.alumia.admin.api.deployment.DomainFinding;
import com.alumia.admin.api.deployment.DomainRecords;
import com.alumia.admin.api.deployment.DomainState;
import com.alumia.admin.api.deployment.Hostnames;
import com.alumia.admin.api.deployment.IsolationMode;
import com.alumia.admin.api.deployment.RoutingMode;
import com.alumia.admin.api.deployment.TargetHealth;
import com.alumia.admin.api.deployment.TargetViews;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import static com.alumia.admin.query.common.BatchedWrites.instant;

/** Reads of the deployment views: targets, one target with its domains and incidents, readiness, host routes. */
@Component
class DeploymentViews {

    private final JdbcTemplate jdbc;

    DeploymentViews(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    TargetViews.Targets handle(TargetViews.FindTargetsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId())
                .and("health", query.health() == null ? null : query.health().name())
                .and("routing_mode", query.routingMode() == null ? null : query.routingMode().name())
                .and("isolation_mode", query.isolationMode() == null ? null : query.isolationMode().name())
                .and("region", query.region());
        return new TargetViews.Targets(jdbc.query("SELECT * FROM deployment_target" + where.sql()
                                                  + " ORDER BY org_id, name, target_id",
                (rs, n) -> target(rs), where.args()));
    }

    @QueryHandler
    Optional<TargetViews.Target> handle(TargetViews.FindTargetQuery query) {
        return jdbc.query("SELECT * FROM deployment_target WHERE target_id = ?", (rs, n) -> target(rs),
                query.targetId().value()).stream().findFirst();
    }

    @QueryHandler
    Optional<TargetViews.TargetDetail> handle(TargetViews.FindTargetDetailQuery query) {
        String id = query.targetId().value();
        return handle(new TargetViews.FindTargetQuery(query.targetId())).map(target -> {
            // The domains first, then their timelines: the projection writes a change no later than the state it
            // leads to, so a domain never shows a state whose change is missing from its timeline.
            List<TargetViews.Domain> rows = jdbc.query("SELECT * FROM deployment_domain WHERE target_id = ? "
                                                       + "ORDER BY host", (rs, n) -> new TargetViews.Domain(
                    rs.getString("host"), DomainState.valueOf(rs.getString("state")), instant(rs, "state_since"),
                    new DomainRecords(rs.getString("txt_name"), rs.getString("txt_value"), rs.getString("host"),
                            rs.getString("cname_target")), findings(rs.getString("findings")), null,
                    instant(rs, "added_at"), List.of()), id);
            Map<String, List<TargetViews.DomainChange>> timelines = jdbc.query(
                    "SELECT * FROM deployment_domain_change WHERE target_id = ? ORDER BY seq DESC",
                    (rs, n) -> Map.entry(rs.getString("host"), change(rs)), id).stream()
                    .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue,
                            Collectors.toList())));
            List<TargetViews.Domain> domains = rows.stream().map(d -> new TargetViews.Domain(d.hostname(), d.state(),
                    d.stateSince(), d.records(), d.findings(), d.check(), d.addedAt(),
                    timelines.getOrDefault(d.hostname(), List.of()))).toList();
            return new TargetViews.TargetDetail(target, domains, incidents(id));
        });
    }

    /**
     * Go when the target is healthy, every custom domain is verified, it runs at least the required migration
     * version and no health incident is open; each check says why it passed or failed.
     */
    @QueryHandler
    Optional<TargetViews.Readiness> handle(TargetViews.ReadinessQuery query) {
        return handle(new TargetViews.FindTargetDetailQuery(query.targetId())).map(detail -> {
            TargetViews.Target target = detail.target();
            List<TargetViews.ReadinessCheck> checks = new ArrayList<>();
            checks.add(new TargetViews.ReadinessCheck("healthy", target.health() == TargetHealth.HEALTHY,
                    "probes report " + target.health().name().toLowerCase(Locale.ROOT)
                    + (target.healthSince() == null ? "" : " since " + target.healthSince())));
            List<String> unverified = detail.domains().stream().filter(d -> d.state() != DomainState.VERIFIED)
                    .map(d -> d.hostname() + " " + d.state().name().toLowerCase(Locale.ROOT)
                              + (d.findings().isEmpty() ? "" : " (" + summary(d.findings()) + ")")).toList();
            checks.add(new TargetViews.ReadinessCheck("domains_verified", unverified.isEmpty(),
                    detail.domains().isEmpty() ? "no custom domains"
                    : unverified.isEmpty() ? "all " + detail.domains().size() + " custom domains verified"
                    : "not verified: " + String.join("; ", unverified)));
            String required = query.requiredMigrationVersion();
            checks.add(required == null
                    ? new TargetViews.ReadinessCheck("migration_version", false, "no required migration version "
                            + "given (requiredMigrationVersion); the target runs " + target.migrationVersion())
                    : new TargetViews.ReadinessCheck("migration_version",
                            compareVersions(target.migrationVersion(), required) >= 0, "the target runs "
                            + target.migrationVersion() + ", at least " + required + " is required"));
            Optional<TargetViews.Incident> open = detail.incidents().stream().filter(i -> i.resolvedAt() == null)
                    .findFirst();
            checks.add(new TargetViews.ReadinessCheck("no_open_incident", open.isEmpty(), open.map(i ->
                    "incident " + i.number() + " open since " + i.openedAt() + " (target "
                    + i.health().name().toLowerCase(Locale.ROOT) + ")").orElse("no open health incident")));
            return new TargetViews.Readiness(target.targetId(),
                    checks.stream().allMatch(TargetViews.ReadinessCheck::passed), required, checks);
        });
    }

    /**
     * A host's route: its exact name (a default host, or a custom domain while verified), else the wildcard over
     * it. An unverified custom domain never routes: its name goes where the wildcard over it goes, if one does.
     */
    @QueryHandler
    Optional<TargetViews.HostRoute> handle(TargetViews.ResolveHostQuery query) {
        String host = Hostnames.canonical(query.host());
        Optional<TargetViews.HostRoute> exact = jdbc.queryForList("SELECT * FROM host_route WHERE host = ? AND "
                + "verified", host).stream().findFirst().map(row -> route(host, row, null));
        if (exact.isPresent()) {
            return exact;
        }
        String wildcard = Hostnames.wildcardOver(host);
        return wildcard == null ? Optional.empty()
                : jdbc.queryForList("SELECT * FROM host_route WHERE host = ?", wildcard).stream().findFirst()
                      .map(row -> route(host, row, wildcard));
    }

    /** Compares dotted numeric versions segment by segment: 2026.11.9 is before 2026.11.10. */
    static int compareVersions(String a, String b) {
        long[] x = Arrays.stream(a.split("\\.")).mapToLong(Long::parseLong).toArray();
        long[] y = Arrays.stream(b.split("\\.")).mapToLong(Long::parseLong).toArray();
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String summary(List<DomainFinding> findings) {
        return findings.stream().map(f -> f.record() + " record " + f.problem().replace('_', ' '))
                       .collect(Collectors.joining(", "));
    }

    private static TargetViews.HostRoute route(String host, Map<String, Object> row, String pattern) {
        return new TargetViews.HostRoute(host, (String) row.get("org_id"), (String) row.get("target_id"),
                (String) row.get("kind"), pattern);
    }

    private List<TargetViews.Incident> incidents(String target) {
        return jdbc.query("SELECT * FROM deployment_incident WHERE target_id = ? ORDER BY number DESC",
                (rs, n) -> new TargetViews.Incident(rs.getInt("number"), TargetHealth.valueOf(rs.getString("health")),
                        ViewJson.details(rs.getString("details")), instant(rs, "opened_at"),
                        instant(rs, "resolved_at"), rs.getString("resolved_by"), rs.getString("resolution")), target);
    }

    private static TargetViews.DomainChange change(ResultSet rs) throws SQLException {
        String change = rs.getString("change");
        DomainState from = state(rs.getString("from_state"));
        DomainState to = state(rs.getString("to_state"));
        List<DomainFinding> findings = findings(rs.getString("findings"));
        String summary = switch (change) {
            case "added" -> "added, pending verification";
            case "removed" -> "removed";
            default -> to == DomainState.VERIFIED ? "verified" : "failing: " + summary(findings);
        };
        return new TargetViews.DomainChange(instant(rs, "at"), change, from, to, findings, summary,
                rs.getString("actor"), rs.getString("reason"));
    }

    private static DomainState state(String name) {
        return name == null ? null : DomainState.valueOf(name);
    }

    private static TargetViews.Target target(ResultSet rs) throws SQLException {
        return new TargetViews.Target(rs.getString("target_id"), rs.getString("org_id"), rs.getString("name"),
                rs.getString("region"), RoutingMode.valueOf(rs.getString("routing_mode")),
                IsolationMode.valueOf(rs.getString("isolation_mode")),
                Arrays.asList(rs.getString("default_hosts").split(" ")), rs.getString("migration_version"),
                TargetHealth.valueOf(rs.getString("health")), ViewJson.details(rs.getString("health_details")),
                instant(rs, "health_since"), rs.getLong("version"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }


    private static List<DomainFinding> findings(String json) {
        return json == null ? List.of() : ViewJson.read(json, new TypeReference<>() { });
    }
}
