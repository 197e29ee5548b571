package com.alumia.admin.command.connector;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.connector.ConnectorEventId;
import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.Posture;
import com.alumia.admin.api.connector.ReceiveConnectorEventCommand;
import com.alumia.admin.api.connector.SignatureScheme;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.Signatures;
import com.alumia.admin.command.common.UnverifiedRequestException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Inbound connector events ({@code POST /api/v1/connectors/{connector}/events}), authenticated by their signature
 * in the connector's scheme. An event with a good signature is accepted as {@code verified}, one without a signature
 * as {@code unsigned_allowed} where the connector allows that; anything else is a 401 that stores nothing but a count
 * (and the security event every refused attempt gets). The sender's event id makes a second copy a duplicate,
 * answered 200 without storing it again.
 */
@RestController
class ConnectorIntake {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConnectorRuntime connectors;
    private final CommandSender commands;
    private final ConnectorProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final MeterRegistry meters;

    ConnectorIntake(ConnectorRuntime connectors, CommandSender commands, ConnectorProperties properties,
                    DataSource dataSource, Clock clock, MeterRegistry meters) {
        this.connectors = connectors;
        this.commands = commands;
        this.properties = properties;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.meters = meters;
    }

    record Receipt(String id, String eventId, String posture, boolean duplicate) {
    }

    @PostMapping("/api/v1/connectors/{connector}/events")
    ResponseEntity<Receipt> receive(@PathVariable String connector, @RequestBody(required = false) String body,
                                    @RequestHeader(name = "Content-Type", required = false) String contentType,
                                    @RequestHeader(name = Signatures.ALUMIA_HEADER, required = false) String alumia,
                                    @RequestHeader(name = "X-Alumia-Event-Id", required = false) String alumiaEventId,
                                    @RequestHeader(name = "X-Alumia-Org", required = false) String orgHeader,
                                    @RequestHeader(name = "webhook-id", required = false) String webhookId,
                                    @RequestHeader(name = "webhook-timestamp", required = false) String webhookTimestamp,
                                    @RequestHeader(name = "webhook-signature", required = false) String webhookSignature) {
        ConnectorKey key = new ConnectorKey(connector);
        ConnectorRuntime.Config config = connectors.find(key).orElseThrow(() -> DomainException.notFound(
                "connector.unknown", "There is no connector " + connector));
        String payload = body == null ? "" : body;
        if (payload.getBytes(StandardCharsets.UTF_8).length > properties.maxBody().toBytes()) {
            throw DomainException.invalid("connector.event_too_large", "An event has at most "
                    + properties.maxBody().toKilobytes() + " KB");
        }
        Instant now = clock.instant();
        boolean signed = config.scheme() == SignatureScheme.HMAC_SHA256 ? alumia != null : webhookSignature != null;
        Posture posture;
        if (signed) {
            String failure = config.scheme() == SignatureScheme.HMAC_SHA256
                    ? Signatures.verifyAlumia(config.secret(), alumia, payload, now, properties.tolerance())
                    : Signatures.verifyStandardWebhooks(config.secret(), webhookId, webhookTimestamp, webhookSignature,
                            payload, now, properties.tolerance());
            if (failure != null) {
                throw refused(key, "connector.signature_invalid", "The signature does not hold: " + failure);
            }
            posture = Posture.VERIFIED;
        } else if (config.allowUnsigned()) {
            posture = Posture.UNSIGNED_ALLOWED;
        } else {
            throw refused(key, "connector.signature_missing", "Connector " + connector + " signs its events ("
                    + config.scheme().name().toLowerCase(Locale.ROOT) + ") and this one has no signature");
        }
        String eventId = eventId(config.scheme() == SignatureScheme.STANDARD_WEBHOOKS ? webhookId : alumiaEventId,
                payload);
        ConnectorEventId id = ConnectorEventId.of(key, eventId);
        if (known(id)) {
            return ResponseEntity.ok(new Receipt(id.value(), eventId, posture.name().toLowerCase(Locale.ROOT), true));
        }
        try {
            commands.send(new ReceiveConnectorEventCommand(id, key, eventId,
                    orgHeader == null || orgHeader.isBlank() ? null : new OrgId(orgHeader.strip()), posture,
                    config.deliveryUrl(), payload, contentType == null ? "application/json" : contentType));
        } catch (AggregateStreamCreationException | ConcurrencyException | DuplicateKeyException e) {
            return ResponseEntity.ok(new Receipt(id.value(), eventId, posture.name().toLowerCase(Locale.ROOT), true));
        }
        count(key, posture);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .body(new Receipt(id.value(), eventId, posture.name().toLowerCase(Locale.ROOT), false));
    }

    private boolean known(ConnectorEventId id) {
        return !jdbc.queryForList("SELECT id FROM connector_delivery WHERE id = ?", String.class, id.value()).isEmpty();
    }

    /** The sender's event id: the header of its scheme, else the body's top-level {@code id}. */
    private static String eventId(String header, String payload) {
        String id = header;
        if (id == null || id.isBlank()) {
            try {
                JsonNode node = JSON.readTree(payload);
                id = node != null && node.path("id").isValueNode() ? node.path("id").asText() : null;
            } catch (java.io.IOException e) {
                id = null;
            }
        }
        if (id == null || id.isBlank() || id.length() > 200) {
            throw DomainException.invalid("connector.event_id_required", "An event names its id (webhook-id, "
                    + "X-Alumia-Event-Id, or a top-level \"id\" in the body), of at most 200 characters");
        }
        return id.strip();
    }

    private UnverifiedRequestException refused(ConnectorKey key, String code, String message) {
        count(key, Posture.FAILED);
        return new UnverifiedRequestException(code, message);
    }

    /** One more event of the posture for the connector today; the counts feed the posture report. */
    private void count(ConnectorKey key, Posture posture) {
        meters.counter("alumia.connector.events", "connector", key.value(), "posture",
                posture.name().toLowerCase(Locale.ROOT)).increment();
        Date day = Date.valueOf(clock.instant().atZone(ZoneOffset.UTC).toLocalDate());
        Object[] args = {key.value(), day, posture.name()};
        for (int tries = 0; tries < 3; tries++) {
            if (jdbc.update("UPDATE connector_intake SET events = events + 1 WHERE connector = ? AND on_day = ? "
                            + "AND posture = ?", args) == 1) {
                return;
            }
            try {
                jdbc.update("INSERT INTO connector_intake (connector, on_day, posture, events) VALUES (?, ?, ?, 1)",
                        args);
                return;
            } catch (DuplicateKeyException e) {
                // another request counted the first one of the day at the same moment: add to it
            }
        }
    }
}
