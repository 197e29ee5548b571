package com.alumia.admin.query.identity;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.FindOrgQuery;
import com.alumia.admin.api.identity.FindOrgsQuery;
import com.alumia.admin.api.identity.OrgList;
import com.alumia.admin.api.identity.OrgSummary;
import com.alumia.admin.query.common.Limits;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Component
class OrgQueries {

    private static final RowMapper<OrgSummary> ORG = (rs, n) -> new OrgSummary(new OrgId(rs.getString(1)),
            rs.getString(2), rs.getObject(3, OffsetDateTime.class).toInstant(), rs.getLong(4));

    private final JdbcTemplate jdbc;

    OrgQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @QueryHandler
    Optional<OrgSummary> handle(FindOrgQuery query) {
        return jdbc.query("SELECT org_id, name, created_at, version FROM org_directory WHERE org_id = ?", ORG,
                query.orgId().value()).stream().findFirst();
    }

    @QueryHandler
    OrgList handle(FindOrgsQuery query) {
        int limit = Limits.clamp(query.limit());
        List<OrgSummary> rows = jdbc.query("SELECT org_id, name, created_at, version FROM org_directory "
                                           + "WHERE org_id > ? ORDER BY org_id LIMIT ?", ORG,
                query.cursor() == null ? "" : query.cursor(), limit + 1);
        if (rows.size() <= limit) {
            return new OrgList(rows, null);
        }
        List<OrgSummary> page = rows.subList(0, limit);
        return new OrgList(List.copyOf(page), page.get(limit - 1).orgId().value());
    }
}
