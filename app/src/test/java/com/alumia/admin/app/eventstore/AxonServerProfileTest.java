package com.alumia.admin.app.eventstore;

import com.alumia.admin.query.audit.EventLog;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The axonserver profile cannot be started here (no Axon Server), so its wiring is checked piece by piece: what the
 * profile sets, which beans it switches off and on, and that docker-compose.yml gives the app every setting the
 * profiles read.
 */
class AxonServerProfileTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    @Test
    void theProfileTurnsTheConnectorOnAndReadsTheServersFromTheEnvironment() throws IOException {
        List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                .load("axonserver", new ClassPathResource("application-axonserver.yml"));
        StandardEnvironment environment = new StandardEnvironment();
        sources.forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new org.springframework.core.env.MapPropertySource("env",
                Map.of("AXONSERVER_SERVERS", "axonserver:8124")));
        assertThat(environment.getProperty("axon.axonserver.enabled", Boolean.class)).isTrue();
        assertThat(environment.getProperty("axon.axonserver.servers")).isEqualTo("axonserver:8124");
        assertThat(environment.getProperty("axon.axonserver.context")).isEqualTo("default");
    }

    @Test
    void withAxonServerTheJdbcStoreStaysOffAndTheExportStreamsFromTheStore() {
        new ApplicationContextRunner()
                .withPropertyValues("axon.axonserver.enabled=true")
                .withBean(EventStore.class, () -> EmbeddedEventStore.builder()
                        .storageEngine(new InMemoryEventStorageEngine()).build())
                .withBean("eventSerializer", Serializer.class, JacksonSerializer::defaultSerializer)
                .withUserConfiguration(EventStoreConfiguration.class, JdbcEventLog.class, StreamingEventLog.class)
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(EventStorageEngine.class);
                    assertThat(context).doesNotHaveBean(AppendFence.class);
                    assertThat(context).getBean(EventLog.class).isInstanceOf(StreamingEventLog.class);
                });
    }

    @Test
    void composeGivesTheAppEverySettingItsProfilesNeedWithoutADefault() throws IOException {
        Map<String, Object> compose;
        try (InputStream in = new FileSystemResource(repositoryFile("docker-compose.yml")).getInputStream()) {
            compose = new Yaml().load(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        Map<String, Object> app = services.get("app");
        @SuppressWarnings("unchecked")
        Map<String, Object> environment = (Map<String, Object>) app.get("environment");
        List<String> profiles = List.of(String.valueOf(environment.get("SPRING_PROFILES_ACTIVE")).split(","));
        assertThat(profiles).containsExactlyInAnyOrder("postgres", "axonserver");

        Set<String> read = new TreeSet<>();
        for (String profile : profiles) {
            String yaml = new String(new ClassPathResource("application-" + profile + ".yml")
                    .getInputStream().readAllBytes());
            Matcher m = PLACEHOLDER.matcher(yaml);
            while (m.find()) {
                read.add(m.group(1));
            }
        }
        assertThat(read).contains("ALUMIA_DB_URL", "AXONSERVER_SERVERS");
        assertThat(environment.keySet()).contains("ALUMIA_DB_URL", "ALUMIA_DB_USER", "ALUMIA_DB_PASSWORD",
                "AXONSERVER_SERVERS", "ALUMIA_ISSUER_URI", "ALUMIA_CHAIN_KEY_FILE");
        assertThat(read).containsAll(environment.keySet().stream()
                .filter(k -> !k.equals("SPRING_PROFILES_ACTIVE")).toList());
        assertThat(String.valueOf(environment.get("AXONSERVER_SERVERS"))).isEqualTo("axonserver:8124");
        assertThat(services.get("axonserver").get("image").toString()).matches("axoniq/axonserver:\\d[^:]*");
        assertThat(services.get("postgres").get("image").toString()).matches("postgres:\\d[^:]*");
        assertThat(services.get("axonserver")).containsKey("healthcheck");
        assertThat(services.get("postgres")).containsKey("healthcheck");
    }

    private static Path repositoryFile(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(name))) {
            dir = dir.getParent();
        }
        assertThat(dir).as(name + " above the working directory").isNotNull();
        return dir.resolve(name);
    }
}
