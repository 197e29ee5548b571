package com.alumia.admin.query.session;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.session.AgentSessionCancellation;
import com.alumia.admin.api.session.AgentSessionCancellationList;
import com.alumia.admin.api.session.AgentSessionId;
import com.alumia.admin.api.session.CancellationOutcome;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.api.session.FindAgentSessionCancellationsQuery;
import com.alumia.admin.api.session.FindPendingAgentSessionCancellationsQuery;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

import static com.alumia.admin.query.common.BatchedWrites.instant;

@Component
class AgentSessionQueries {

    private static final String ORDER = "requested";
    private static final RowMapper<AgentSessionCancellation> CANCELLATION = (rs, n) -> new AgentSessionCancellation(
            new AgentSessionId(rs.getString("session_id")), new OrgId(rs.getString("org_id")),
            CancellationState.valueOf(rs.getString("state")), instant(rs, "requested_at"),
            rs.getString("requested_by"), rs.getString("reason"),
            rs.getString("outcome") == null ? null : CancellationOutcome.valueOf(rs.getString("outcome")),
            rs.getString("detail"), instant(rs, "completed_at"), rs.getString("confirmed_by"));

    private final JdbcTemplate jdbc;

    AgentSessionQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    AgentSessionCancellationList handle(FindAgentSessionCancellationsQuery query) {
        int limit = Limits.clamp(query.limit());
        SqlWhere where = new SqlWhere().and("org_id", query.orgId() == null ? null : query.orgId().value())
                .and("state", query.state() == null ? null : query.state().name())
                .olderThan(ORDER, query.cursor(), "requested_at", "session_id")
                .then(limit + 1);
        List<AgentSessionCancellation> rows = jdbc.query("SELECT * FROM agent_session_cancellation" + where.sql()
                + " ORDER BY requested_at DESC, session_id DESC FETCH FIRST ? ROWS ONLY", CANCELLATION, where.args());
        if (rows.size() <= limit) {
            return new AgentSessionCancellationList(rows, null);
        }
        List<AgentSessionCancellation> page = rows.subList(0, limit);
        AgentSessionCancellation last = page.get(limit - 1);
        return new AgentSessionCancellationList(page, SqlWhere.newestFirstCursor(ORDER, last.requestedAt(),
                last.sessionId().value()));
    }

    @QueryHandler
    AgentSessionCancellationList handle(FindPendingAgentSessionCancellationsQuery query) {
        SqlWhere where = new SqlWhere().and("state", CancellationState.REQUESTED.name())
                .and("org_id", query.orgId() == null ? null : query.orgId().value())
                .then(Limits.clamp(query.limit()));
        return new AgentSessionCancellationList(jdbc.query("SELECT * FROM agent_session_cancellation" + where.sql()
                + " ORDER BY requested_at, session_id FETCH FIRST ? ROWS ONLY", CANCELLATION, where.args()), null);
    }
}
