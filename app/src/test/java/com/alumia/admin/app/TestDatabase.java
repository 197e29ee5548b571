package com.alumia.admin.app;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Gives each test application context a database of its own: in-memory H2 by default, or a fresh PostgreSQL
 * database when the build runs with {@code -Ppostgres} (system property {@code alumia.test.profile=postgres}).
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String POSTGRES_ADMIN_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("alumia.test.profile"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String name = "alumia_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, Object> properties = new HashMap<>();
        try {
            Path dataDir = Files.createTempDirectory("alumia-test");
            properties.put("alumia.data-dir", dataDir.toString());
            // The suite keeps several application contexts alive at once, each with its pool: connections above a
            // few are given back once idle, so that the contexts together stay well under the server's 100.
            properties.put("spring.datasource.hikari.minimum-idle", "2");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
            properties.put("alumia.security.local-issuer.key-file", TestTokens.KEY_FILE.toString());
            // Custom domains are checked against the tests' own DNS server, and often, so that scheduled checks
            // can be seen within a test.
            properties.put("alumia.deployments.dns-resolvers", LoopbackDns.shared().address());
            properties.put("alumia.deployments.check-poll-interval", "500ms");
            properties.put("alumia.deployments.recheck-pending", "1s");
            properties.put("alumia.deployments.recheck-verified", "1s");
            // Connector deliveries retried quickly, so that a test sees an event dead-lettered in seconds.
            properties.put("alumia.connectors.poll-interval", "100ms");
            properties.put("alumia.connectors.initial-backoff", "100ms");
            properties.put("alumia.connectors.attempts", "3");
            properties.put("alumia.connectors.timeout", "2s");
            // Broadcasts go to a receiver of the tests' own, retried quickly.
            properties.put("alumia.broadcasts.endpoint", LocalReceiver.shared().url(BroadcastHttpTest.NOTIFICATIONS));
            properties.put("alumia.broadcasts.secret", BroadcastHttpTest.SECRET);
            properties.put("alumia.broadcasts.poll-interval", "100ms");
            properties.put("alumia.broadcasts.initial-backoff", "100ms");
            properties.put("alumia.broadcasts.attempts", "3");
            properties.put("alumia.broadcasts.chunk-size", "2");
            // A deleted skill is purged seconds later, so that a test sees its restore window end.
            properties.put("alumia.skills.restore-window", "3s");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        if (postgres()) {
            createPostgresDatabase(name);
            context.getEnvironment().addActiveProfile("postgres");
            properties.put("spring.datasource.url", "jdbc:postgresql://127.0.0.1:5432/" + name);
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("alumia.security.local-issuer.enabled", "true");
            properties.put("alumia.security.local-issuer.force", "true");
            properties.put("alumia.chain.create-key-if-missing", "true");
        } else {
            properties.put("spring.datasource.url", "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        context.getEnvironment().getPropertySources()
               .addFirst(new MapPropertySource("test-database", properties));
    }

    private static void createPostgresDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_ADMIN_URL, "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at 127.0.0.1:5432 is needed for -Ppostgres", e);
        }
    }
}
