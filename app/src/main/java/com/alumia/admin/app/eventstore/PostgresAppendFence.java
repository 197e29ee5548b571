package com.alumia.admin.app.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * The fence as a PostgreSQL advisory lock, so that it holds across every node sharing the database. Appenders take
 * it shared until their transaction ends (they never block each other). A reader queues for it exclusively on a
 * connection of the fence's own, outside any transaction: PostgreSQL's lock queue holds back new appenders behind
 * the waiting reader, so readers are not starved under a steady stream of appends, and only until the in-flight
 * ones have committed. Holding it, the reader reads the committed head, then lets go at once; it gives up after
 * {@code readWait} ({@code lock_timeout}) and reads nothing that round. The connection stays checked out of the
 * pool for the life of the fence.
 */
class PostgresAppendFence implements AppendFence {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    static final long LOCK_KEY = 0x416c756d69614c4fL;

    private final DataSource dataSource;
    private final Duration readWait;
    private final String headAndUnlockSql;
    private Connection own;

    PostgresAppendFence(DataSource dataSource, Duration readWait, EventSchema schema) {
        this.dataSource = dataSource;
        this.readWait = readWait;
        // The head is read before the unlock: select-list expressions are evaluated in order.
        this.headAndUnlockSql = "SELECT (" + AppendFence.headQuery(schema) + "), pg_advisory_unlock(" + LOCK_KEY + ")";
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
    public synchronized OptionalLong safeHead(Connection readerConnection) {
        try {
            Connection connection = own();
            try (Statement statement = connection.createStatement()) {
                try {
                    statement.execute("SELECT pg_advisory_lock(" + LOCK_KEY + ")");
                } catch (SQLException e) {
                    if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                        return OptionalLong.empty();
                    }
                    throw e;
                }
                try (ResultSet head = statement.executeQuery(headAndUnlockSql)) {
                    head.next();
                    return OptionalLong.of(head.getLong(1));
                }
            }
        } catch (SQLException e) {
            discardOwn();
            throw new EventStoreException("Could not read the head of the event log behind the append fence", e);
        }
    }

    private Connection own() throws SQLException {
        if (own == null || own.isClosed()) {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET lock_timeout = '" + Math.max(1, readWait.toMillis()) + "ms'");
            }
            own = connection;
        }
        return own;
    }

    /**
     * Drops the fence's connection from the pool for good rather than returning it: it may still hold the session
     * lock, and it carries the fence's lock_timeout.
     */
    private void discardOwn() {
        if (own == null) {
            return;
        }
        try {
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(own);
            } else {
                own.close();
            }
        } catch (SQLException ignored) {
            // the connection is broken already; its session, and any lock it held, ends with it
        }
        own = null;
    }
}
