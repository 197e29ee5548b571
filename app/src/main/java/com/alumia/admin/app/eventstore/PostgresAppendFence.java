package com.alumia.admin.app.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;

/**
 * The fence as a PostgreSQL transaction-level advisory lock, so that it holds across every node sharing the
 * database. Appenders take it shared (they never block each other); a reader queues for it exclusively, which also
 * holds back new appenders only until the in-flight ones have committed, and gives up after {@code readWait}.
 */
class PostgresAppendFence implements AppendFence {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    static final long LOCK_KEY = 0x416c756d69614c4fL;

    private final String readLockSql;

    PostgresAppendFence(Duration readWait) {
        this.readLockSql = "SET LOCAL lock_timeout = '" + Math.max(1, readWait.toMillis()) + "ms'; "
                + "SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")";
    }

    @Override
    public void enterAppend(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_advisory_xact_lock_shared(" + LOCK_KEY + ")");
        } catch (SQLException e) {
            throw new EventStoreException("Could not enter the append fence", e);
        }
    }

    @Override
    public boolean enterRead(Connection connection) {
        Savepoint savepoint = null;
        try (Statement statement = connection.createStatement()) {
            savepoint = connection.setSavepoint();
            statement.execute(readLockSql);
            statement.execute("SET LOCAL lock_timeout = 0");
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            if (savepoint != null && LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                rollbackTo(connection, savepoint);
                return false;
            }
            throw new EventStoreException("Could not enter the append fence for reading", e);
        }
    }

    private static void rollbackTo(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new EventStoreException("Could not leave the append fence after a wait timeout", e);
        }
    }
}
