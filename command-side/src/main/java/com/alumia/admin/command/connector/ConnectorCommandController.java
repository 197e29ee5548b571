package com.alumia.admin.command.connector;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.connector.ByokKeyId;
import com.alumia.admin.api.connector.CancelConnectorReplayCommand;
import com.alumia.admin.api.connector.ChangeConnectionStateCommand;
import com.alumia.admin.api.connector.ConnectOrgCommand;
import com.alumia.admin.api.connector.ConnectionId;
import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.DeliveryStatus;
import com.alumia.admin.api.connector.RegisterByokKeyCommand;
import com.alumia.admin.api.connector.RegisterConnectorCommand;
import com.alumia.admin.api.connector.ReplayFilter;
import com.alumia.admin.api.connector.RevokeByokKeyCommand;
import com.alumia.admin.api.connector.RotateConnectorSecretCommand;
import com.alumia.admin.api.connector.SignatureScheme;
import com.alumia.admin.api.connector.StartConnectorReplayCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Connector governance: the catalog (register, rotate a secret), per-org connections and their states, BYOK key
 * references (register, revoke), and replays of connector events (a dry run, then a run that reports progress and
 * can be cancelled).
 */
@RestController
class ConnectorCommandController {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandSender commands;
    private final KnownOrgs orgs;
    private final ConnectorReplays replays;
    private final ConnectorRuntime connectors;

    ConnectorCommandController(CommandSender commands, KnownOrgs orgs, ConnectorReplays replays,
                               ConnectorRuntime connectors) {
        this.commands = commands;
        this.orgs = orgs;
        this.replays = replays;
        this.connectors = connectors;
    }

    record ConnectorBody(@NotBlank String key, @NotBlank String name, @NotBlank String kind,
                         @NotNull SignatureScheme scheme, boolean allowUnsigned, @NotNull URI deliveryUrl,
                         @NotBlank @Size(max = 2_000) String reason) {
    }

    record ReasonBody(@NotBlank @Size(max = 2_000) String reason) {
    }

    /** The signing secret, shown this once: the log keeps only its fingerprint. */
    record SecretResponse(String connector, String secret, String fingerprint) {
    }

    record ConnectionBody(@NotBlank String orgId, @NotBlank String connector, String byokKeyId,
                          @NotBlank @Size(max = 2_000) String reason) {
    }

    record StateBody(@NotNull ConnectionState state, @NotBlank @Size(max = 2_000) String reason) {
    }

    record ByokBody(@NotBlank String orgId, @NotBlank String provider, @NotBlank String fingerprint,
                    @NotBlank String heldIn, @NotBlank @Size(max = 2_000) String reason) {
    }

    record Created(String id, long version) {
    }

    record ReplayBody(String connector, String orgId, DeliveryStatus status, @NotNull Instant from,
                      @NotNull Instant to, boolean evenIfAcknowledged, @Size(max = 2_000) String reason) {

        ReplayFilter filter() {
            return new ReplayFilter(connector, orgId, status, from, to);
        }
    }

    record ReplayStarted(String replayId, ConnectorReplays.Preview preview) {
    }

    @PostMapping("/api/v1/admin/connectors")
    ResponseEntity<SecretResponse> register(@Valid @RequestBody ConnectorBody body) {
        ConnectorKey key = new ConnectorKey(body.key());
        String secret = newSecret(body.scheme());
        commands.send(new RegisterConnectorCommand(key, body.name(), body.kind(), body.scheme(), body.allowUnsigned(),
                body.deliveryUrl(), secret), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/connectors/" + key.value()))
                             .body(new SecretResponse(key.value(), secret, ConnectorRuntime.fingerprint(secret)));
    }

    @PostMapping("/api/v1/admin/connectors/{key}/secret-rotation")
    SecretResponse rotate(@PathVariable String key, @Valid @RequestBody ReasonBody body) {
        ConnectorKey connector = new ConnectorKey(key);
        String secret = newSecret(connectors.find(connector).orElseThrow(() -> DomainException.notFound(
                "connector.unknown", "There is no connector " + key)).scheme());
        commands.send(new RotateConnectorSecretCommand(connector, secret), body.reason());
        return new SecretResponse(key, secret, ConnectorRuntime.fingerprint(secret));
    }

    @PostMapping("/api/v1/admin/connections")
    ResponseEntity<Created> connect(@Valid @RequestBody ConnectionBody body) {
        ConnectionId id = ConnectionId.newId();
        commands.send(new ConnectOrgCommand(id, orgs.require(new OrgId(body.orgId())), new ConnectorKey(body.connector()),
                body.byokKeyId() == null ? null : new ByokKeyId(body.byokKeyId())), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/connections/" + id))
                             .eTag(EntityTags.of(0)).body(new Created(id.value(), 0));
    }

    @PostMapping("/api/v1/admin/connections/{connectionId}/state")
    ResponseEntity<Created> state(@PathVariable String connectionId, @Valid @RequestBody StateBody body) {
        long version = commands.send(new ChangeConnectionStateCommand(new ConnectionId(connectionId), body.state(),
                null), body.reason());
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new Created(connectionId, version));
    }

    @PostMapping("/api/v1/admin/byok-keys")
    ResponseEntity<Created> registerKey(@Valid @RequestBody ByokBody body) {
        ByokKeyId id = ByokKeyId.newId();
        commands.send(new RegisterByokKeyCommand(id, orgs.require(new OrgId(body.orgId())), body.provider(),
                body.fingerprint(), body.heldIn()), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/byok-keys/" + id))
                             .body(new Created(id.value(), 0));
    }

    /** Destructive: every connection using the key is revoked. */
    @PostMapping("/api/v1/admin/byok-keys/{keyId}/revocation")
    Created revokeKey(@PathVariable String keyId, @Valid @RequestBody ReasonBody body) {
        long version = commands.send(new RevokeByokKeyCommand(new ByokKeyId(keyId)), body.reason());
        return new Created(keyId, version);
    }

    /** The dry run: what a replay with this filter would send again, changing nothing. */
    @PostMapping("/api/v1/admin/connector-events/replays/preview")
    ConnectorReplays.Preview preview(@Valid @RequestBody ReplayBody body) {
        return replays.preview(body.filter(), body.evenIfAcknowledged());
    }

    @PostMapping("/api/v1/admin/connector-events/replays")
    ResponseEntity<ReplayStarted> replay(@Valid @RequestBody ReplayBody body) {
        if (body.reason() == null || body.reason().isBlank()) {
            throw DomainException.invalid("reason.required", "a replay gives its reason");
        }
        ConnectorReplays.Preview preview = replays.preview(body.filter(), body.evenIfAcknowledged());
        if (preview.selected() > ConnectorReplays.MAX_EVENTS) {
            throw DomainException.invalid("replay.too_many", "a replay covers at most " + ConnectorReplays.MAX_EVENTS
                    + " events; this filter selects " + preview.selected());
        }
        String replayId = Identifiers.newValue("rp");
        commands.send(new StartConnectorReplayCommand(replayId, body.filter(), body.evenIfAcknowledged(),
                (int) preview.selected()), body.reason());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .location(URI.create("/api/v1/admin/connector-events/replays/" + replayId))
                             .body(new ReplayStarted(replayId, preview));
    }

    @GetMapping("/api/v1/admin/connector-events/replays/{replayId}")
    ConnectorReplays.Progress progress(@PathVariable String replayId) {
        return replays.progress(replayId).orElseThrow(() -> DomainException.notFound("replay.unknown",
                "There is no replay " + replayId));
    }

    @PostMapping("/api/v1/admin/connector-events/replays/{replayId}/cancellation")
    ConnectorReplays.Progress cancel(@PathVariable String replayId, @Valid @RequestBody ReasonBody body) {
        commands.send(new CancelConnectorReplayCommand(replayId), body.reason());
        return progress(replayId);
    }

    private static String newSecret(SignatureScheme scheme) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return scheme == SignatureScheme.STANDARD_WEBHOOKS ? "whsec_" + Base64.getEncoder().encodeToString(bytes)
                : "ahs_" + HexFormat.of().formatHex(bytes);
    }
}
