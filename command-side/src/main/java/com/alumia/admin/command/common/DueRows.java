package com.alumia.admin.command.common;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Work kept as rows with a due time (a DNS check, a delivery attempt), taken by one node at a time: a node takes a
 * due row by moving its due time forward by a lease in one conditional update, so among several nodes one does the
 * work, and a node that dies mid-work leaves the row due again once the lease runs out.
 */
public final class DueRows {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_]+");

    private final JdbcTemplate jdbc;
    private final String select;
    private final String take;
    private final String keyColumn;
    private final String dueColumn;

    /**
     * @param condition an SQL condition every taken row also meets (a status), or null
     */
    public DueRows(JdbcTemplate jdbc, String table, String key, String due, String condition) {
        for (String identifier : new String[]{table, key, due}) {
            if (!IDENTIFIER.matcher(identifier).matches()) {
                throw new IllegalArgumentException("not a table or column name: " + identifier);
            }
        }
        this.jdbc = jdbc;
        String where = due + " <= ?" + (condition == null ? "" : " AND " + condition);
        this.select = "SELECT * FROM " + table + " WHERE " + where + " ORDER BY " + due + " FETCH FIRST ? ROWS ONLY";
        this.take = "UPDATE " + table + " SET " + due + " = ? WHERE " + key + " = ? AND " + due + " = ?";
        this.keyColumn = key;
        this.dueColumn = due;
    }

    /** Up to {@code limit} rows due at {@code now}, each taken by this node for {@code lease}. */
    public List<Map<String, Object>> take(Instant now, Duration lease, int limit) {
        List<Map<String, Object>> taken = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(select, Timestamp.from(now), limit)) {
            if (jdbc.update(take, Timestamp.from(now.plus(lease)), row.get(keyColumn), row.get(dueColumn)) == 1) {
                taken.add(row);
            }
        }
        return taken;
    }
}
