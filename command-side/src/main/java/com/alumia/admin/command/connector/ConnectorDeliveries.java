package com.alumia.admin.command.connector;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.connector.ConnectorEventId;
import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.RecordDeliveryAttemptCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DueRows;
import com.alumia.admin.command.common.SignedPost;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Delivers accepted connector events to their worker endpoints over HTTP: each due delivery is taken by one node,
 * POSTed with the connector's signature ({@code X-Alumia-Signature} with the connector's secret) and the event's
 * identifiers, and the attempt is recorded in the event's ledger with its status code, duration and error. A
 * failed attempt is retried with doubling waits; after the last one the event is dead-lettered.
 */
@Component
class ConnectorDeliveries {

    private static final Logger log = LoggerFactory.getLogger(ConnectorDeliveries.class);
    private static final int BATCH = 20;
    static final Map<String, String> SYSTEM = Map.of(AuditMetadata.ACTOR, "system:connector-delivery");

    private final CommandSender commands;
    private final ConnectorRuntime connectors;
    private final ConnectorProperties properties;
    private final DueRows due;
    private final Clock clock;
    private final HttpClient http;

    ConnectorDeliveries(CommandSender commands, ConnectorRuntime connectors, ConnectorProperties properties,
                        DataSource dataSource, Clock clock) {
        this.commands = commands;
        this.connectors = connectors;
        this.properties = properties;
        this.due = new DueRows(new JdbcTemplate(dataSource), "connector_delivery", "id", "next_attempt_at",
                "status IN ('PENDING', 'RETRYING')");
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Scheduled(initialDelayString = "${alumia.connectors.poll-interval:250ms}",
               fixedDelayString = "${alumia.connectors.poll-interval:250ms}")
    void deliverDue() {
        for (Map<String, Object> row : due.take(clock.instant(), properties.timeout().plusSeconds(30), BATCH)) {
            try {
                deliver(row);
            } catch (RuntimeException e) {
                log.warn("Could not record the delivery attempt of {}", row.get("id"), e);
            }
        }
    }

    private void deliver(Map<String, Object> row) {
        ConnectorEventId id = new ConnectorEventId((String) row.get("id"));
        int attempt = ((Number) row.get("attempt")).intValue() + 1;
        String body = (String) row.get("payload");
        String secret = connectors.find(new ConnectorKey((String) row.get("connector")))
                                  .map(ConnectorRuntime.Config::secret).orElse("");
        SignedPost.Outcome outcome;
        try {
            outcome = SignedPost.send(http, URI.create((String) row.get("endpoint")), secret, id.value(),
                    (String) row.get("content_type"), body, Map.of("X-Alumia-Connector", (String) row.get("connector")),
                    properties.timeout(), clock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant next = outcome.acknowledged() ? null : properties.nextAttempt(attempt, clock.instant());
        commands.sendWith(new RecordDeliveryAttemptCommand(id, attempt, outcome.status(), outcome.millis(),
                outcome.error(), next), SYSTEM);
    }
}
