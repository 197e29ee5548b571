package com.alumia.admin.app.eventstore;

import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

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
 * {@code readWait} ({@code lock_timeout}) and reads nothing that round.
 * <p>
 * The fence's connection is its own, opened beside the pool ({@link #besidePool}), never borrowed from it: a
 * reader asks for the head while holding a pooled connection, so a fence that borrowed its connection lazily could
 * wait for the pool while every pooled connection was held by a reader waiting for the fence. The full bench run
 * met exactly that at start-up, when all the processors read at once: everything stood still until the pool's
 * 30-second timeout, twice in one replay.
 */
class PostgresAppendFence implements AppendFence {

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    static final long LOCK_KEY = 0x416c756d69614c4fL;

    private final DataSource connections;
    private final Duration readWait;
    private final String headAndUnlockSql;
    private Connection own;

    /** A fence on connections of {@code connections}, each held for as long as it works, then closed. */
    PostgresAppendFence(DataSource connections, Duration readWait, EventSchema schema) {
        this.connections = connections;
        this.readWait = readWait;
        // The head is read before the unlock: select-list expressions are evaluated in order.
        this.headAndUnlockSql = "SELECT (" + AppendFence.headQuery(schema) + "), pg_advisory_unlock(" + LOCK_KEY + ")";
    }

    /** A fence whose connection is opened to the pool's database with the pool's settings, outside the pool. */
    static PostgresAppendFence besidePool(DataSource pool, Duration readWait, EventSchema schema)
            throws SQLException {
        HikariDataSource hikari = pool.unwrap(HikariDataSource.class);
        DriverManagerDataSource own = new DriverManagerDataSource(hikari.getJdbcUrl(), hikari.getUsername(),
                                                                  hikari.getPassword());
        own.setConnectionProperties(hikari.getDataSourceProperties());
        return new PostgresAppendFence(own, readWait, schema);
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
            Connection connection = connections.getConnection();
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET lock_timeout = '" + Math.max(1, readWait.toMillis()) + "ms'");
            }
            own = connection;
        }
        return own;
    }

    /** Closes the fence's connection: its session, and the lock it may still hold, end with it. */
    private void discardOwn() {
        if (own == null) {
            return;
        }
        try {
            own.close();
        } catch (SQLException ignored) {
            // the connection is broken already; its session, and any lock it held, ends with it
        }
        own = null;
    }
}
