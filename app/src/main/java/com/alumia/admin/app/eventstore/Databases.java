package com.alumia.admin.app.eventstore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Which database the app runs on, where PostgreSQL allows what the embedded one does not (advisory locks,
 * asynchronous commits).
 */
public final class Databases {

    private Databases() {
    }

    public static boolean isPostgres(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
    }
}
