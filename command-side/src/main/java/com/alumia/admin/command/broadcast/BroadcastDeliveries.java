package com.alumia.admin.command.broadcast;

import com.alumia.admin.api.broadcast.RecordBroadcastChunkCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DueRows;
import com.alumia.admin.command.common.SignedPost;
import com.alumia.admin.command.common.StoredMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Delivers broadcasts to the notification service: nodes take due chunks ({@link DueRows}), POST each signed
 * ({@link SignedPost}), and record every attempt as a command carrying the requesting operator's audit metadata, so
 * the broadcast's completion is audited as theirs. A failed chunk is retried with doubling waits; after its last
 * attempt its orgs count as failed.
 */
@Component
class BroadcastDeliveries {

    private static final Logger log = LoggerFactory.getLogger(BroadcastDeliveries.class);
    private static final int BATCH = 10;

    private final DueRows due;
    private final CommandSender commands;
    private final BroadcastProperties properties;
    private final Clock clock;
    private final HttpClient http;

    BroadcastDeliveries(DataSource dataSource, CommandSender commands, BroadcastProperties properties, Clock clock) {
        this.due = new DueRows(new JdbcTemplate(dataSource), "broadcast_delivery", "delivery_id", "next_attempt_at",
                "status IN ('PENDING', 'RETRYING')");
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @Scheduled(initialDelayString = "${alumia.broadcasts.poll-interval:500ms}",
               fixedDelayString = "${alumia.broadcasts.poll-interval:500ms}")
    void deliverDue() {
        if (!properties.configured()) {
            return;
        }
        for (Map<String, Object> row : due.take(clock.instant(), properties.timeout().plusSeconds(30), BATCH)) {
            try {
                deliver(row);
            } catch (RuntimeException e) {
                log.warn("Could not record the delivery of broadcast chunk {}", row.get("delivery_id"), e);
            }
        }
    }

    private void deliver(Map<String, Object> row) {
        int attempt = ((Number) row.get("attempt")).intValue() + 1;
        SignedPost.Outcome outcome;
        try {
            outcome = SignedPost.send(http, properties.endpoint(), properties.secret(),
                    (String) row.get("delivery_id"), "application/json", (String) row.get("payload"), Map.of(),
                    properties.timeout(), clock);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        Instant next = outcome.acknowledged() ? null : properties.nextAttempt(attempt, clock.instant());
        commands.sendWith(new RecordBroadcastChunkCommand((String) row.get("broadcast_id"),
                ((Number) row.get("chunk")).intValue(), attempt, outcome.status(), outcome.millis(), outcome.error(),
                next), StoredMetadata.read((String) row.get("metadata")));
    }
}
