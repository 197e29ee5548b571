package com.alumia.admin.query.runtime;

import com.alumia.admin.api.runtime.FindControlQuery;
import com.alumia.admin.api.runtime.FindFlagQuery;
import com.alumia.admin.api.runtime.FindFlagsQuery;
import com.alumia.admin.api.runtime.FlagDetail;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagList;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagSummary;
import com.alumia.admin.api.runtime.FlagType;
import com.alumia.admin.api.runtime.ResolveControlsQuery;
import com.alumia.admin.api.runtime.ResolvedControl;
import com.alumia.admin.api.runtime.ResolvedControls;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.audit.chain.HashChain;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@Component
class RuntimeQueries {

    private static final String FLAG_COLUMNS = """
            f.flag_key, f.flag_type, f.description, f.owner, f.default_value, f.min_value, f.max_value, f.options,
            f.stops_agent_loop, f.global_value, f.retired, f.version, f.defined_at, f.changed_at, f.changed_by,
            f.change_reason, f.change_action,
            (SELECT count(*) FROM runtime_flag_override o WHERE o.flag_key = f.flag_key) AS overrides""";

    private final JdbcTemplate jdbc;
    private final AggregateHistory history;

    RuntimeQueries(DataSource dataSource, AggregateHistory history) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.history = history;
    }

    @QueryHandler
    FlagList handle(FindFlagsQuery query) {
        return new FlagList(jdbc.query("SELECT " + FLAG_COLUMNS + " FROM runtime_flag f"
                                       + (query.includeRetired() ? "" : " WHERE NOT f.retired")
                                       + " ORDER BY f.flag_key", (rs, n) -> summary(rs)));
    }

    @QueryHandler
    Optional<FlagDetail> handle(FindFlagQuery query) {
        String key = query.key().value();
        return jdbc.query("SELECT " + FLAG_COLUMNS + " FROM runtime_flag f WHERE f.flag_key = ?",
                        (rs, n) -> summary(rs), key).stream().findFirst()
                   .map(summary -> new FlagDetail(summary,
                           jdbc.query("SELECT org_id, flag_value, set_at, set_by FROM runtime_flag_override "
                                      + "WHERE flag_key = ? ORDER BY org_id",
                                   (rs, n) -> new FlagDetail.OrgOverride(rs.getString(1), rs.getString(2),
                                           rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getString(4)),
                                   key),
                           jdbc.query("SELECT schedule_id, org_id, clears, flag_value, apply_at, status, scheduled_at, "
                                      + "scheduled_by, reason, settled_at FROM runtime_flag_schedule "
                                      + "WHERE flag_key = ? ORDER BY apply_at, schedule_id",
                                   (rs, n) -> new FlagDetail.Schedule(rs.getString(1), rs.getString(2),
                                           rs.getBoolean(3), rs.getString(4), instant(rs, 5), rs.getString(6),
                                           instant(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10)),
                                   key),
                           history.entries(history.events(key))));
    }

    @QueryHandler
    ResolvedControls handle(ResolveControlsQuery query) {
        String org = query.org().value();
        if (query.asOf() != null) {
            return asOf(org, query.asOf());
        }
        return controls(org, resolved(org, null));
    }

    /**
     * The active flags (or the one with {@code key}) resolved for {@code org}: one statement, so the flags and the
     * org's overrides are read from the same snapshot.
     */
    private List<ResolvedControl> resolved(String org, FlagKey key) {
        return jdbc.query("SELECT " + FLAG_COLUMNS + ", o.flag_value AS org_value FROM runtime_flag f "
                          + "LEFT JOIN runtime_flag_override o ON o.flag_key = f.flag_key AND o.org_id = ? "
                          + "WHERE NOT f.retired" + (key == null ? "" : " AND f.flag_key = ?") + " ORDER BY f.flag_key",
                (rs, n) -> {
                    FlagSummary flag = summary(rs);
                    return Resolution.resolve(flag.key(), flag.spec(), flag.globalValue(), rs.getString("org_value"),
                            org, flag.version());
                }, key == null ? new Object[]{org} : new Object[]{org, key.value()});
    }

    @QueryHandler
    Optional<ResolvedControl> handle(FindControlQuery query) {
        return resolved(query.org() == null ? "" : query.org().value(), query.key()).stream().findFirst();
    }

    /** Every flag folded from its events up to {@code at}; flags defined later or retired by then are left out. */
    private ResolvedControls asOf(String org, Instant at) {
        List<ResolvedControl> controls = jdbc.queryForList("SELECT flag_key FROM runtime_flag WHERE defined_at <= ? "
                                                           + "ORDER BY flag_key", String.class,
                        OffsetDateTime.ofInstant(at, ZoneOffset.UTC)).stream()
                .map(key -> FlagHistory.resolve(history.events(key, at), org))
                .flatMap(Optional::stream)
                .toList();
        return controls(org, controls);
    }

    private static ResolvedControls controls(String org, List<ResolvedControl> controls) {
        List<String> stoppedBy = controls.stream().filter(ResolvedControl::stopsAgentLoop)
                                         .map(c -> c.key().value()).toList();
        return new ResolvedControls(org, !stoppedBy.isEmpty(), stoppedBy, controls, fingerprint(org, controls));
    }

    /** Changes with any resolved value or version, and with nothing else. */
    private static String fingerprint(String org, List<ResolvedControl> controls) {
        StringBuilder text = new StringBuilder(org);
        for (ResolvedControl c : controls) {
            text.append('\n').append(c.key()).append('=').append(c.value()).append('@').append(c.version());
        }
        return HashChain.hex(HashChain.sha256(text.toString().getBytes(StandardCharsets.UTF_8))).substring(0, 32);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static FlagSummary summary(ResultSet rs) throws SQLException {
        FlagSpec spec = new FlagSpec(FlagType.valueOf(rs.getString("flag_type")), rs.getString("description"),
                rs.getString("owner"), rs.getString("default_value"), rs.getObject("min_value", Long.class),
                rs.getObject("max_value", Long.class), FlagOptions.split(rs.getString("options")),
                rs.getString("stops_agent_loop"));
        return new FlagSummary(new FlagKey(rs.getString("flag_key")), spec, rs.getString("global_value"),
                rs.getInt("overrides"), rs.getBoolean("retired"), rs.getLong("version"),
                rs.getObject("defined_at", OffsetDateTime.class).toInstant(),
                new FlagSummary.LastChange(rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                        rs.getString("changed_by"), rs.getString("change_reason"), rs.getString("change_action")));
    }
}
