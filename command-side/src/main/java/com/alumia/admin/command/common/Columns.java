package com.alumia.admin.command.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Reads of TIMESTAMP WITH TIME ZONE columns, the same on PostgreSQL and H2; null stays null. */
public final class Columns {

    private Columns() {
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    /** A value as a map-reading query gives it: a Timestamp on PostgreSQL, an OffsetDateTime on H2. */
    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime at ? at.toInstant() : ((Timestamp) value).toInstant();
    }
}
