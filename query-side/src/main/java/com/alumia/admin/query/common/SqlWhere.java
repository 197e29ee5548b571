package com.alumia.admin.query.common;

import com.alumia.admin.api.common.InvalidValueException;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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

    /** {@code column} contains {@code text}, ignoring case, as {@link Filters#contains} matches in JPA lists. */
    public SqlWhere containsText(String column, String text) {
        if (text != null && !text.isBlank()) {
            sql.append(" AND lower(").append(column).append(") LIKE ? ESCAPE '\\'");
            args.add(Filters.likePattern(text));
        }
        return this;
    }

    /** A condition of the statement's own, always applied, with its arguments. */
    public SqlWhere require(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        args.addAll(List.of(values));
        return this;
    }

    /**
     * Keyset paging, newest first: the rows after those of the page before in the order {@code atColumn DESC,
     * idColumn DESC} (the id unique), so that rows arriving meanwhile never shift or repeat a page. {@code cursor} is
     * what {@link #newestFirstCursor} made of the last row of that page; without one, every row.
     */
    public SqlWhere olderThan(String order, String cursor, String atColumn, String idColumn) {
        return after(new Order(order, List.of(new Key(atColumn, true, Instant.class),
                                              new Key(idColumn, true, String.class))), cursor);
    }

    /** A column of a keyset {@link Order}: its SQL, its direction, and the type its cursor value must have. */
    public record Key(String column, boolean descending, Class<?> type) {
    }

    /**
     * A stable order over columns, ending in a unique one, named so that a cursor of one order is refused by another;
     * with {@link #after}, keyset paging as {@link Keyset} pages JPA lists.
     */
    public record Order(String name, List<Key> keys) {

        public String orderBy() {
            StringBuilder sql = new StringBuilder(" ORDER BY ");
            for (int i = 0; i < keys.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(keys.get(i).column())
                   .append(keys.get(i).descending() ? " DESC" : " ASC");
            }
            return sql.toString();
        }

        /**
         * The values of this order's keys in the current row of {@code rs}, each read by its column's name without a
         * table prefix ({@code v.updated_at} as {@code updated_at}).
         */
        public List<Object> keysOf(ResultSet rs) throws SQLException {
            List<Object> values = new ArrayList<>(keys.size());
            for (Key key : keys) {
                String label = key.column().substring(key.column().lastIndexOf('.') + 1);
                values.add(key.type() == Instant.class ? BatchedWrites.instant(rs, label)
                                                       : rs.getObject(label, key.type()));
            }
            return values;
        }

        /** The cursor of the page after a row whose key values, in this order's sequence, are {@code values}. */
        public String cursorAfter(List<Object> values) {
            return new Cursor(name, values).encode();
        }
    }

    /**
     * The rows strictly after the keys {@code cursor} holds, in {@code order}; without a cursor, every row. A cursor
     * of another order, or whose values do not fit this one, is an invalid value.
     */
    public SqlWhere after(Order order, String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return this;
        }
        List<Key> keys = order.keys();
        List<Object> values = StrictlyAfter.values(cursor, order.name(), keys.size());
        for (int i = 0; i < keys.size(); i++) {
            if (!keys.get(i).type().isInstance(values.get(i))) {
                throw new InvalidValueException("cursor does not fit this list");
            }
        }
        sql.append(" AND ").append(StrictlyAfter.<String>condition(keys.size(),
                j -> {
                    args.add(bound(values.get(j)));
                    return keys.get(j).column() + " = ?";
                },
                i -> {
                    args.add(bound(values.get(i)));
                    return keys.get(i).column() + (keys.get(i).descending() ? " < ?" : " > ?");
                },
                parts -> "(" + String.join(" AND ", parts) + ")",
                alternatives -> "(" + String.join(" OR ", alternatives) + ")"));
        return this;
    }

    private static Object bound(Object value) {
        return value instanceof Instant at ? BatchedWrites.time(at) : value;
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
