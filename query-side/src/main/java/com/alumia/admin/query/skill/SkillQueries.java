package com.alumia.admin.query.skill;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.skill.FindSkillQuery;
import com.alumia.admin.api.skill.FindSkillsQuery;
import com.alumia.admin.api.skill.SkillDetail;
import com.alumia.admin.api.skill.SkillId;
import com.alumia.admin.api.skill.SkillList;
import com.alumia.admin.api.skill.SkillState;
import com.alumia.admin.api.skill.SkillSummary;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;
import java.util.Optional;

import static com.alumia.admin.query.common.BatchedWrites.instant;

@Component
class SkillQueries {

    private static final String ORDER = "published";
    private static final RowMapper<SkillSummary> SKILL = (rs, n) -> new SkillSummary(
            new SkillId(rs.getString("skill_id")), new OrgId(rs.getString("org_id")), rs.getString("name"),
            rs.getString("skill_version"), rs.getString("publisher"), SkillState.valueOf(rs.getString("state")),
            instant(rs, "published_at"), instant(rs, "deleted_at"), instant(rs, "restore_until"),
            instant(rs, "purged_at"), rs.getLong("revision"));

    private final JdbcTemplate jdbc;
    private final AggregateHistory history;

    SkillQueries(DataSource dataSource, AggregateHistory history) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.history = history;
    }

    @QueryHandler
    SkillList handle(FindSkillsQuery query) {
        int limit = Limits.clamp(query.limit());
        SqlWhere where = new SqlWhere().and("org_id", query.orgId() == null ? null : query.orgId().value())
                .and("state", query.state() == null ? null : query.state().name())
                .olderThan(ORDER, query.cursor(), "published_at", "skill_id")
                .then(limit + 1);
        List<SkillSummary> rows = jdbc.query("SELECT * FROM skill_view" + where.sql()
                + " ORDER BY published_at DESC, skill_id DESC FETCH FIRST ? ROWS ONLY", SKILL, where.args());
        if (rows.size() <= limit) {
            return new SkillList(rows, null);
        }
        List<SkillSummary> page = rows.subList(0, limit);
        SkillSummary last = page.get(limit - 1);
        return new SkillList(page, SqlWhere.newestFirstCursor(ORDER, last.publishedAt(), last.skillId().value()));
    }

    @QueryHandler
    Optional<SkillDetail> handle(FindSkillQuery query) {
        return jdbc.query("SELECT * FROM skill_view WHERE skill_id = ?", SKILL, query.skillId().value()).stream()
                   .findFirst()
                   .map(skill -> new SkillDetail(skill, history.entries(history.events(skill.skillId().value()))));
    }
}
