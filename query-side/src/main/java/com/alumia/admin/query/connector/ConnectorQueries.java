package com.alumia.admin.query.connector;

import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.api.connector.ConnectorViews;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.api.connector.Posture;
import com.alumia.admin.api.connector.SignatureScheme;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.alumia.admin.query.common.BatchedWrites.time;
import static com.alumia.admin.query.common.BatchedWrites.instant;

/** Reads of the connector views. */
@Component
class ConnectorQueries {

    private static final int HEALTH_WINDOW = 20;
    private static final int FAILING_RUN = 5;

    private final JdbcTemplate jdbc;

    ConnectorQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    ConnectorViews.Connectors handle(ConnectorViews.FindConnectorsQuery query) {
        Map<String, String> health = new LinkedHashMap<>();
        endpoints().forEach(e -> health.put(e.endpoint(), e.health()));
        return new ConnectorViews.Connectors(jdbc.query("SELECT * FROM connector_view ORDER BY connector",
                (rs, n) -> new ConnectorViews.Connector(rs.getString("connector"), rs.getString("name"),
                        rs.getString("kind"), SignatureScheme.valueOf(rs.getString("scheme")),
                        rs.getBoolean("allow_unsigned"), rs.getString("delivery_url"),
                        rs.getString("secret_fingerprint"), instant(rs, "secret_rotated_at"),
                        instant(rs, "registered_at"), health.getOrDefault(rs.getString("delivery_url"), "unknown"))));
    }

    @QueryHandler
    ConnectorViews.Connections handle(ConnectorViews.FindConnectionsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId()).and("connector", query.connector())
                .and("state", query.state() == null ? null : query.state().name());
        return new ConnectorViews.Connections(jdbc.query("SELECT * FROM connection_view" + where.sql()
                + " ORDER BY org_id, connector, connection_id", (rs, n) -> connection(rs, List.of()), where.args()));
    }

    @QueryHandler
    Optional<ConnectorViews.Connection> handle(ConnectorViews.FindConnectionQuery query) {
        // The connection first, then its history: a state never shows without the change that led to it.
        Optional<ConnectorViews.Connection> found = jdbc.query("SELECT * FROM connection_view WHERE connection_id = ?",
                (rs, n) -> connection(rs, List.of()), query.connectionId()).stream().findFirst();
        return found.map(c -> {
            List<ConnectorViews.ConnectionChange> history = jdbc.query("SELECT * FROM connection_change WHERE "
                    + "connection_id = ? ORDER BY seq DESC", (rs, n) -> new ConnectorViews.ConnectionChange(
                    instant(rs, "at"), state(rs.getString("from_state")), state(rs.getString("to_state")),
                    rs.getString("cause"), rs.getString("actor"), rs.getString("reason")), query.connectionId());
            return c.withHistory(history);
        });
    }

    @QueryHandler
    ConnectorViews.ByokKeys handle(ConnectorViews.FindByokKeysQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId());
        return new ConnectorViews.ByokKeys(jdbc.query("SELECT * FROM byok_key_view" + where.sql()
                + " ORDER BY org_id, registered_at", (rs, n) -> new ConnectorViews.ByokKey(rs.getString("key_id"),
                rs.getString("org_id"), rs.getString("provider"), rs.getString("fingerprint"),
                rs.getString("held_in"), rs.getString("state").toLowerCase(java.util.Locale.ROOT),
                instant(rs, "registered_at"), instant(rs, "revoked_at"), rs.getString("revoked_by"),
                rs.getString("revocation_reason")), where.args()));
    }

    @QueryHandler
    ConnectorViews.Events handle(ConnectorViews.FindEventsQuery query) {
        SqlWhere where = new SqlWhere().and("connector", query.connector()).and("org_id", query.orgId())
                .and("status", query.status() == null ? null : query.status().name())
                .within("received_at", time(query.from()), time(query.to()))
                .then(Limits.clamp(query.limit()));
        return new ConnectorViews.Events(jdbc.query("SELECT * FROM connector_event_view" + where.sql()
                + " ORDER BY CASE WHEN status IN ('DEAD_LETTERED', 'RETRYING') THEN 0 ELSE 1 END,"
                + " CASE WHEN status IN ('DEAD_LETTERED', 'RETRYING') THEN last_attempt_at END DESC,"
                + " received_at DESC, id FETCH FIRST ? ROWS ONLY", (rs, n) -> event(rs, List.of()), where.args()));
    }

    @QueryHandler
    Optional<ConnectorViews.Event> handle(ConnectorViews.FindEventQuery query) {
        // The event row first, then its ledger: the projection writes an attempt no later than the status it
        // leads to, so a reader never sees a status whose attempts are missing from the ledger.
        Optional<ConnectorViews.Event> found = jdbc.query("SELECT * FROM connector_event_view WHERE id = ?",
                (rs, n) -> event(rs, List.of()), query.id()).stream().findFirst();
        return found.map(event -> {
            List<ConnectorViews.Attempt> ledger = jdbc.query(
                    "SELECT * FROM connector_attempt WHERE id = ? ORDER BY seq",
                    (rs, n) -> new ConnectorViews.Attempt(rs.getInt("attempt"), instant(rs, "at"),
                            rs.getString("endpoint"), (Integer) rs.getObject("status_code", Integer.class),
                            rs.getLong("duration_ms"), rs.getString("error"), instant(rs, "next_attempt_at")),
                    query.id());
            return new ConnectorViews.Event(event.id(), event.connector(), event.eventId(), event.orgId(),
                    event.posture(), event.status(), event.endpoint(), event.sizeBytes(), event.receivedAt(),
                    event.attempts(), event.lastAttemptAt(), event.lastStatusCode(), event.lastError(),
                    event.nextAttemptAt(), event.deliveredAt(), ledger);
        });
    }

    @QueryHandler
    ConnectorViews.Endpoints handle(ConnectorViews.FindEndpointsQuery query) {
        return new ConnectorViews.Endpoints(endpoints());
    }

    /** Each endpoint's last attempts, newest first, judged as {@link ConnectorViews.Endpoint} says. */
    private List<ConnectorViews.Endpoint> endpoints() {
        List<ConnectorViews.Endpoint> result = new ArrayList<>();
        for (String endpoint : jdbc.queryForList("SELECT DISTINCT endpoint FROM connector_attempt ORDER BY endpoint",
                String.class)) {
            List<Map<String, Object>> attempts = jdbc.queryForList("SELECT at, status_code, error FROM "
                    + "connector_attempt WHERE endpoint = ? ORDER BY at DESC FETCH FIRST " + HEALTH_WINDOW
                    + " ROWS ONLY", endpoint);
            int failures = 0;
            int leadingFailures = 0;
            boolean stillLeading = true;
            Instant lastSuccess = null;
            for (Map<String, Object> a : attempts) {
                boolean ok = a.get("error") == null;
                if (!ok) {
                    failures++;
                }
                if (stillLeading && !ok) {
                    leadingFailures++;
                } else {
                    stillLeading = false;
                }
                if (ok && lastSuccess == null) {
                    lastSuccess = instantOf(a.get("at"));
                }
            }
            String health = leadingFailures >= Math.min(FAILING_RUN, attempts.size()) && leadingFailures > 0
                    ? "failing" : failures > 0 ? "degraded" : "healthy";
            Map<String, Object> last = attempts.get(0);
            result.add(new ConnectorViews.Endpoint(endpoint, health, attempts.size(), failures, instantOf(last.get("at")),
                    lastSuccess, (String) last.get("error")));
        }
        return result;
    }

    private static ConnectorViews.Connection connection(ResultSet rs, List<ConnectorViews.ConnectionChange> history)
            throws SQLException {
        return new ConnectorViews.Connection(rs.getString("connection_id"), rs.getString("org_id"),
                rs.getString("connector"), rs.getString("byok_key_id"), ConnectionState.valueOf(rs.getString("state")),
                instant(rs, "state_since"), instant(rs, "created_at"), rs.getLong("version"), history);
    }

    private static ConnectorViews.Event event(ResultSet rs, List<ConnectorViews.Attempt> ledger) throws SQLException {
        return new ConnectorViews.Event(rs.getString("id"), rs.getString("connector"), rs.getString("event_id"),
                rs.getString("org_id"), Posture.valueOf(rs.getString("posture")),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getString("endpoint"), rs.getInt("size_bytes"),
                instant(rs, "received_at"), rs.getInt("attempts"), instant(rs, "last_attempt_at"),
                rs.getObject("last_status_code", Integer.class), rs.getString("last_error"),
                instant(rs, "next_attempt_at"), instant(rs, "delivered_at"), ledger);
    }

    private static ConnectionState state(String name) {
        return name == null ? null : ConnectionState.valueOf(name);
    }


    private static Instant instantOf(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.toInstant();
        }
        if (value instanceof java.sql.Timestamp at) {
            return at.toInstant();
        }
        return value == null ? null : Instant.parse(value.toString());
    }
}
