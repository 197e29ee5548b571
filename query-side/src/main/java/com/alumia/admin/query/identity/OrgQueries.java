package com.alumia.admin.query.identity;

import com.alumia.admin.api.broadcast.BroadcastAudience;
import com.alumia.admin.api.broadcast.BroadcastViews;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.FindOrgQuery;
import com.alumia.admin.api.identity.FindOrgsQuery;
import com.alumia.admin.api.identity.OrgDetail;
import com.alumia.admin.api.identity.OrgList;
import com.alumia.admin.api.identity.OrgRole;
import com.alumia.admin.api.identity.OrgSummary;
import com.alumia.admin.query.common.Limits;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;

import static com.alumia.admin.query.common.BatchedWrites.instant;

@Component
class OrgQueries {

    private static final String COLUMNS = "org_id, name, status, created_at, version";
    private static final RowMapper<OrgSummary> ORG = (rs, n) -> new OrgSummary(new OrgId(rs.getString(1)),
            rs.getString(2), rs.getString(3), rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getLong(5));

    private final JdbcTemplate jdbc;

    OrgQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    Optional<OrgSummary> handle(FindOrgQuery query) {
        return jdbc.query("SELECT " + COLUMNS + " FROM org_directory WHERE org_id = ?", ORG,
                query.orgId().value()).stream().findFirst();
    }

    @QueryHandler
    Optional<OrgDetail> handle(OrgDetail.FindOrgDetailQuery query) {
        String org = query.orgId().value();
        return handle(new FindOrgQuery(query.orgId())).map(summary -> new OrgDetail(summary,
                jdbc.query("SELECT * FROM org_member WHERE org_id = ? ORDER BY email", (rs, n) -> new OrgDetail.Member(
                        rs.getString("email"), OrgRole.valueOf(rs.getString("role")), rs.getString("state"),
                        instant(rs, "since")), org),
                jdbc.query("SELECT * FROM org_workspace WHERE org_id = ? ORDER BY workspace_id",
                        (rs, n) -> new OrgDetail.Workspace(rs.getString("workspace_id"), rs.getString("name"),
                                rs.getString("owner_email"), instant(rs, "created_at")), org),
                jdbc.query("SELECT * FROM org_change WHERE org_id = ? ORDER BY seq DESC FETCH FIRST 200 ROWS ONLY",
                        (rs, n) -> new OrgDetail.Change(instant(rs, "at"), rs.getString("action"),
                                rs.getString("summary"), rs.getString("actor"), rs.getString("reason")), org)));
    }

    @QueryHandler
    OrgList handle(FindOrgsQuery query) {
        int limit = Limits.clamp(query.limit());
        List<OrgSummary> rows = jdbc.query("SELECT " + COLUMNS + " FROM org_directory "
                                           + "WHERE org_id > ? ORDER BY org_id LIMIT ?", ORG,
                query.cursor() == null ? "" : query.cursor(), limit + 1);
        if (rows.size() <= limit) {
            return new OrgList(rows, null);
        }
        List<OrgSummary> page = rows.subList(0, limit);
        return new OrgList(List.copyOf(page), page.get(limit - 1).orgId().value());
    }

    /**
     * A broadcast's audience from the directory: active orgs (suspended too when asked), those listed when a list is
     * given, created within the period when one is given; in org id order.
     */
    @QueryHandler
    BroadcastViews.Audience handle(BroadcastViews.FindAudienceQuery query) {
        BroadcastAudience audience = query.audience();
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM org_directory WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (!audience.includeSuspended()) {
            sql.append(" AND status = 'active'");
        }
        if (audience.createdFrom() != null) {
            sql.append(" AND created_at >= ?");
            args.add(BatchedWrites.time(audience.createdFrom()));
        }
        if (audience.createdTo() != null) {
            sql.append(" AND created_at < ?");
            args.add(BatchedWrites.time(audience.createdTo()));
        }
        if (!audience.orgIds().isEmpty()) {
            sql.append(" AND org_id IN (").append(String.join(", ", Collections.nCopies(audience.orgIds().size(),
                    "?"))).append(")");
            args.addAll(audience.orgIds());
        }
        List<OrgSummary> orgs = jdbc.query(sql + " ORDER BY org_id", ORG, args.toArray());
        List<String> ids = orgs.stream().map(o -> o.orgId().value()).toList();
        Set<String> included = new HashSet<>(ids);
        List<String> excluded = audience.orgIds().stream().filter(id -> !included.contains(id)).distinct().toList();
        return new BroadcastViews.Audience(ids.size(), ids, List.copyOf(orgs.subList(0, Math.min(orgs.size(),
                Math.max(0, query.sampleSize())))), excluded);
    }
}
