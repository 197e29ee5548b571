package com.alumia.admin.query.common;

import com.alumia.admin.api.common.InvalidValueException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause of optional equality filters for lists read with plain SQL: a filter whose value is absent (null or
 * blank) matches everything, as {@link Filters} does for JPA lists; and their keyset paging, as {@link Keyset} pages
 * JPA lists.
 */
public final class SqlWhere {

    private final StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> args = new ArrayList<>();

    public SqlWhere and(String column, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            sql.append(" AND ").append(column).append(" = ?");
            args.add(value);
        }
        return this;
    }

    /** {@code from <= column < to}, each bound optional. */
    public SqlWhere within(String column, Object from, Object to) {
        if (from != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND ").append(column).append(" < ?");
            args.add(to);
        }
        return this;
    }

    /**
     * Keyset paging, newest first: the rows after those of the page before in the order {@code atColumn DESC,
     * idColumn DESC} (the id unique), so that rows arriving meanwhile never shift or repeat a page. {@code cursor} is
     * what {@link #newestFirstCursor} made of the last row of that page; without one, every row.
     */
    public SqlWhere olderThan(String order, String cursor, String atColumn, String idColumn) {
        if (cursor == null || cursor.isBlank()) {
            return this;
        }
        List<Object> keys = Cursor.decode(cursor, order).keys();
        if (keys.size() != 2 || !(keys.get(0) instanceof Instant at) || !(keys.get(1) instanceof String id)) {
            throw new InvalidValueException("cursor does not fit this list");
        }
        OffsetDateTime time = BatchedWrites.time(at);
        sql.append(" AND (").append(atColumn).append(" < ? OR (").append(atColumn).append(" = ? AND ")
           .append(idColumn).append(" < ?))");
        args.add(time);
        args.add(time);
        args.add(id);
        return this;
    }

    /** The cursor of a list read {@link #olderThan newest first}, from its page's last row. */
    public static String newestFirstCursor(String order, Instant at, String id) {
        return new Cursor(order, List.of(at, id)).encode();
    }

    /** An argument that follows the clause in the statement, such as a LIMIT. */
    public SqlWhere then(Object arg) {
        args.add(arg);
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] args() {
        return args.toArray();
    }
}
