package com.alumia.admin.query.common;

import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause of optional equality filters for lists read with plain SQL: a filter whose value is absent (null or
 * blank) matches everything, as {@link Filters} does for JPA lists.
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
