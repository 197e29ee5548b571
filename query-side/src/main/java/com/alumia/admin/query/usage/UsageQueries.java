package com.alumia.admin.query.usage;

import com.alumia.admin.api.usage.UsageViews;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Spend against budgets, and spend reviews, read from the daily rollup. */
@Component
class UsageQueries {

    private final JdbcTemplate jdbc;

    UsageQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** Month-to-date spend (UTC) of one org, or of every org with spend or a budget, worst health first. */
    @QueryHandler
    UsageViews.Spends handle(UsageViews.FindSpendQuery query) {
        YearMonth month = YearMonth.from(query.now().atZone(ZoneOffset.UTC));
        Date from = Date.valueOf(month.atDay(1));
        Map<String, Long> spent = new LinkedHashMap<>();
        SqlWhere where = new SqlWhere().and("org_id", query.orgId());
        jdbc.query("SELECT org_id, SUM(cost_micros) FROM usage_daily" + where.sql() + " AND on_day >= ? "
                   + "GROUP BY org_id", rs -> {
            spent.put(rs.getString(1), rs.getLong(2));
        }, new SqlWhere().and("org_id", query.orgId()).then(from).args());
        Map<String, Map<String, Object>> budgets = new LinkedHashMap<>();
        for (Map<String, Object> row : jdbc.queryForList("SELECT * FROM usage_budget" + where.sql(), where.args())) {
            budgets.put((String) row.get("org_id"), row);
        }
        List<String> orgs = new ArrayList<>(spent.keySet());
        budgets.keySet().stream().filter(o -> !spent.containsKey(o)).forEach(orgs::add);
        if (query.orgId() != null && orgs.isEmpty()) {
            orgs.add(query.orgId());
        }
        List<UsageViews.Spend> items = new ArrayList<>();
        for (String org : orgs) {
            items.add(spend(org, month, spent.getOrDefault(org, 0L), budgets.get(org)));
        }
        items.sort((a, b) -> Integer.compare(rank(b.health()), rank(a.health())) != 0
                ? Integer.compare(rank(b.health()), rank(a.health())) : Long.compare(b.spentMicros(), a.spentMicros()));
        return new UsageViews.Spends(month.toString(), items);
    }

    /** Whole UTC days: every day the period touches counts whole. */
    @QueryHandler
    UsageViews.Review handle(UsageViews.ReviewQuery query) {
        Date from = Date.valueOf(day(query.from()));
        Date to = Date.valueOf(day(query.to().minusNanos(1)).plusDays(1));
        SqlWhere where = new SqlWhere().and("org_id", query.orgId());
        String range = where.sql() + " AND on_day >= ? AND on_day < ?";
        Object[] args = new SqlWhere().and("org_id", query.orgId()).then(from).then(to).args();
        UsageViews.Total overall = jdbc.queryForObject("SELECT 'all', COALESCE(SUM(tokens_in), 0), "
                + "COALESCE(SUM(tokens_out), 0), COALESCE(SUM(cost_micros), 0), COALESCE(SUM(records), 0) "
                + "FROM usage_daily" + range, (rs, n) -> total(rs), args);
        List<UsageViews.Total> topOrgs = top("org_id", range, args, query.top());
        List<UsageViews.Total> topModels = top("model", range, args, query.top());
        List<UsageViews.Day> days = jdbc.query("SELECT on_day, SUM(tokens_in), SUM(tokens_out), SUM(cost_micros), "
                + "SUM(records) FROM usage_daily" + range + " GROUP BY on_day ORDER BY on_day",
                (rs, n) -> new UsageViews.Day(rs.getDate(1).toLocalDate(), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5)), args);
        return new UsageViews.Review(query.from(), query.to(), overall, topOrgs, topModels, days);
    }

    private List<UsageViews.Total> top(String column, String range, Object[] args, int limit) {
        Object[] withLimit = java.util.Arrays.copyOf(args, args.length + 1);
        withLimit[args.length] = Math.max(1, Math.min(limit, 100));
        return jdbc.query("SELECT " + column + ", SUM(tokens_in), SUM(tokens_out), SUM(cost_micros), SUM(records) "
                          + "FROM usage_daily" + range + " GROUP BY " + column + " ORDER BY SUM(cost_micros) DESC, "
                          + column + " FETCH FIRST ? ROWS ONLY", (rs, n) -> total(rs), withLimit);
    }

    private static UsageViews.Total total(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UsageViews.Total(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5));
    }

    private static UsageViews.Spend spend(String org, YearMonth month, long spent, Map<String, Object> budget) {
        Long limit = budget == null || budget.get("limit_micros") == null ? null
                : ((Number) budget.get("limit_micros")).longValue();
        Integer near = budget == null || budget.get("near_percent") == null ? null
                : ((Number) budget.get("near_percent")).intValue();
        boolean failing = budget != null && Boolean.TRUE.equals(budget.get("payment_failing"));
        Double used = limit == null ? null : Math.round(spent * 10_000.0 / limit) / 100.0;
        String health = failing ? "payment_failing" : limit == null ? "no_budget" : spent >= limit ? "over"
                : used >= near ? "near_limit" : "ok";
        return new UsageViews.Spend(org, month.toString(), spent, limit, near, used, health, failing,
                budget == null ? null : (String) budget.get("payment_detail"));
    }

    private static int rank(String health) {
        return switch (health) {
            case "payment_failing" -> 4;
            case "over" -> 3;
            case "near_limit" -> 2;
            case "ok" -> 1;
            default -> 0;
        };
    }

    /** The UTC day an instant falls on. */
    private static LocalDate day(Instant at) {
        return at.atZone(ZoneOffset.UTC).toLocalDate();
    }
}
