package com.alumia.admin.app.eventstore;

import com.alumia.admin.app.TestDatabase;
import com.zaxxer.hikari.HikariDataSource;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The fence on PostgreSQL, against the server itself (PostgreSQL runs only).
 */
class PostgresAppendFenceTest {

    private final String table = "fence_probe_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private HikariDataSource pool;
    private PostgresAppendFence fence;

    @BeforeEach
    void fenceBesideAPoolOfOne() throws Exception {
        assumeTrue(TestDatabase.postgres());
        pool = new HikariDataSource();
        pool.setJdbcUrl(TestDatabase.POSTGRES_ADMIN_URL);
        pool.setUsername("postgres");
        pool.setPassword("");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(1_000);
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (global_index bigint)");
            statement.execute("INSERT INTO " + table + " VALUES (1), (2), (3)");
        }
        fence = PostgresAppendFence.besidePool(pool, Duration.ofMillis(200),
                EventSchema.builder().eventTable(table).globalIndexColumn("global_index").build());
    }

    @AfterEach
    void dropTheProbe() throws Exception {
        if (pool != null) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            pool.close();
        }
    }

    @Test
    void aReaderHoldingThePoolsLastConnectionStillGetsTheHead() throws Exception {
        try (Connection reader = pool.getConnection()) {
            assertThat(fence.safeHead(reader)).isEqualTo(OptionalLong.of(3));
        }
    }

    @Test
    void anAppendInFlightHoldsReadersBackUntilItCommits() throws Exception {
        try (Connection appender = DriverManager.getConnection(TestDatabase.POSTGRES_ADMIN_URL, "postgres", "");
             Connection reader = pool.getConnection()) {
            appender.setAutoCommit(false);
            fence.enterAppend(appender);
            try (Statement statement = appender.createStatement()) {
                statement.execute("INSERT INTO " + table + " VALUES (4)");
            }
            assertThat(fence.safeHead(reader)).isEmpty();
            appender.commit();
            assertThat(fence.safeHead(reader)).isEqualTo(OptionalLong.of(4));
        }
    }
}
