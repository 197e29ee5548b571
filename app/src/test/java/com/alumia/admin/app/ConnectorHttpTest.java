package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connector governance over HTTP: signed and badly signed inbound events in both schemes, duplicates, delivery to a
 * real local receiver that fails on purpose and recovers, dead letters, the replay's dry run and run, BYOK
 * revocation reaching connections, and the posture report.
 */
class ConnectorHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static LocalReceiver receiver;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new LocalReceiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    private String register(String key, String scheme, boolean allowUnsigned, String path) {
        Http.Response created = http.post("/api/v1/admin/connectors", ADMIN, """
                {"key":"%s","name":"Hooks %s","kind":"webhook","scheme":"%s","allowUnsigned":%s,
                 "deliveryUrl":"%s","reason":"new integration"}""".formatted(key, key, scheme, allowUnsigned,
                receiver.url(path)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("secret").asText();
    }

    private static String hmacHex(String secret, String text) {
        return HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8), text));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Signed events come from an address of this test's own: the platform records at most 30 refusals a minute per
     * client, and the other tests' refusals come from loopback.
     */
    private final String client = "198.51.100." + (1 + (int) (Math.random() * 250));

    private Http.Response sendSigned(String connector, String secret, String eventId, String body, long timestamp) {
        return http.request("POST", "/api/v1/connectors/" + connector + "/events").header("X-Forwarded-For", client)
                   .header("X-Alumia-Signature", "t=" + timestamp + ",v1=" + hmacHex(secret, timestamp + "." + body))
                   .header("X-Alumia-Event-Id", eventId).header("X-Alumia-Org", "org-" + tag).json(body).send();
    }

    private JsonNode awaitEvent(String id, String status) {
        return Eventually.await(() -> http.get("/api/v1/admin/connector-events/" + id, ADMIN),
                r -> r.status() == 200 && r.json().get("status").asText().equals(status)).json();
    }

    @Test
    void signedEventsAreAcceptedOnceAndDeliveredThroughFailures() {
        String connector = "hmac-" + tag;
        String path = "/worker/" + connector;
        String secret = register(connector, "hmac_sha256", false, path);
        assertThat(secret).startsWith("ahs_");
        receiver.answer(path, 500, 502);
        String body = "{\"type\":\"issue.opened\",\"n\":1}";
        long now = Instant.now().getEpochSecond();

        Http.Response accepted = sendSigned(connector, secret, "evt-1", body, now);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("posture").asText()).isEqualTo("verified");
        String id = accepted.json().get("id").asText();
        Http.Response again = sendSigned(connector, secret, "evt-1", body, now);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("id").asText()).isEqualTo(id);

        // Refused: stored nowhere, counted, and answered with a problem.
        Http.Response forged = sendSigned(connector, "ahs_not-the-secret-at-all-0000", "evt-2", body, now);
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.json().get("type").asText()).isEqualTo("urn:alumia:problem:connector.signature_invalid");
        Http.Response tampered = http.request("POST", "/api/v1/connectors/" + connector + "/events")
                .header("X-Alumia-Signature", "t=" + now + ",v1=" + hmacHex(secret, now + "." + body))
                .header("X-Alumia-Event-Id", "evt-3").json(body.replace("1", "2")).send();
        assertThat(tampered.status()).isEqualTo(401);
        assertThat(sendSigned(connector, secret, "evt-4", body, now - 3_600).json().get("detail").asText())
                .contains("away from now");
        Http.Response unsigned = http.request("POST", "/api/v1/connectors/" + connector + "/events")
                .header("X-Alumia-Event-Id", "evt-5").json(body).send();
        assertThat(unsigned.status()).isEqualTo(401);
        assertThat(unsigned.json().get("type").asText()).isEqualTo("urn:alumia:problem:connector.signature_missing");
        assertThat(http.request("POST", "/api/v1/connectors/nobody-" + tag + "/events").json(body).send().status())
                .isEqualTo(404);
        assertThat(http.request("POST", "/api/v1/connectors/" + connector + "/events")
                       .header("X-Alumia-Signature", "t=" + now + ",v1=" + hmacHex(secret, now + ".{}"))
                       .json("{}").send().json().get("type").asText())
                .as("no event id").isEqualTo("urn:alumia:problem:connector.event_id_required");

        // Two failures, then the worker takes it: three attempts in the ledger.
        JsonNode delivered = awaitEvent(id, "delivered");
        assertThat(delivered.get("ledger").findValuesAsText("statusCode")).containsExactly("500", "502", "200");
        assertThat(delivered.at("/ledger/0/nextAttemptAt").isTextual()).isTrue();
        assertThat(delivered.get("orgId").asText()).isEqualTo("org-" + tag);
        List<LocalReceiver.Received> got = receiver.received(path);
        assertThat(got).hasSize(3);
        LocalReceiver.Received last = got.get(2);
        assertThat(last.body()).isEqualTo(body);
        assertThat(last.headers().get("idempotency-key")).isEqualTo(id);
        String signature = last.headers().get("x-alumia-signature");
        String t = signature.substring(2, signature.indexOf(','));
        assertThat(signature).endsWith("v1=" + hmacHex(secret, t + "." + body));

        JsonNode events = http.get("/api/v1/admin/connector-events?connector=" + connector, ADMIN).json();
        assertThat(events.get("items")).hasSize(1);
        JsonNode posture = http.get("/api/v1/admin/connectors/posture", ADMIN).json();
        JsonNode mine = null;
        for (JsonNode row : posture.get("connectors")) {
            if (row.get("connector").asText().equals(connector)) {
                mine = row;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("verified").asLong()).isEqualTo(1);
        assertThat(mine.get("failed").asLong()).isEqualTo(4);
        assertThat(mine.get("failureRate").asDouble()).isEqualTo(0.8);
        assertThat(mine.get("acceptsUnsigned").asBoolean()).isFalse();
        assertThat(mine.get("secretAgeDays").asLong()).isZero();
        JsonNode denied = Eventually.await(() -> http.get("/api/v1/admin/audit?action=security.access_denied&limit=200",
                ADMIN), r -> r.body().contains("/api/v1/connectors/" + connector + "/events")).json();
        assertThat(denied.toString()).contains("signature_invalid");
    }

    @Test
    void standardWebhooksAndUnsignedEventsWhereAllowed() {
        String connector = "sw-" + tag;
        String path = "/worker/" + connector;
        String secret = register(connector, "standard_webhooks", true, path);
        assertThat(secret).startsWith("whsec_");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        String body = "{\"id\":\"msg-body-id\",\"type\":\"push\"}";
        long now = Instant.now().getEpochSecond();
        String good = "v1," + Base64.getEncoder().encodeToString(hmac(key, "msg_1." + now + "." + body));
        Http.Response signed = http.request("POST", "/api/v1/connectors/" + connector + "/events")
                .header("webhook-id", "msg_1").header("webhook-timestamp", String.valueOf(now))
                .header("webhook-signature", "v1,bm90LWl0 " + good).json(body).send();
        assertThat(signed.status()).as(signed.body()).isEqualTo(202);
        assertThat(signed.json().get("posture").asText()).isEqualTo("verified");
        assertThat(signed.json().get("eventId").asText()).isEqualTo("msg_1");
        Http.Response bad = http.request("POST", "/api/v1/connectors/" + connector + "/events")
                .header("webhook-id", "msg_2").header("webhook-timestamp", String.valueOf(now))
                .header("webhook-signature", good).json(body).send();
        assertThat(bad.status()).as("signed for another id").isEqualTo(401);
        Http.Response unsigned = http.request("POST", "/api/v1/connectors/" + connector + "/events").json(body).send();
        assertThat(unsigned.status()).isEqualTo(202);
        assertThat(unsigned.json().get("posture").asText()).isEqualTo("unsigned_allowed");
        assertThat(unsigned.json().get("eventId").asText()).as("from the body").isEqualTo("msg-body-id");
        awaitEvent(unsigned.json().get("id").asText(), "delivered");
    }

    @Test
    void deadLettersAreReplayedAfterADryRunAndAcknowledgedEventsAreNotSentAgain() {
        String connector = "dlq-" + tag;
        String path = "/worker/" + connector;
        String secret = register(connector, "hmac_sha256", false, path);
        long now = Instant.now().getEpochSecond();
        receiver.byDefault(path, 503);
        String failing = sendSigned(connector, secret, "down-1", "{\"n\":1}", now).json().get("id").asText();
        JsonNode dead = awaitEvent(failing, "dead_lettered");
        assertThat(dead.get("ledger")).hasSize(3);
        assertThat(dead.get("lastError").asText()).isEqualTo("HTTP 503");
        JsonNode endpoints = http.get("/api/v1/admin/connector-events/endpoints", ADMIN).json();
        assertThat(endpoints.toString()).contains(receiver.url(path));
        for (JsonNode e : endpoints.get("items")) {
            if (e.get("endpoint").asText().equals(receiver.url(path))) {
                assertThat(e.get("health").asText()).isEqualTo("failing");
            }
        }
        receiver.byDefault(path, 200);
        String fine = sendSigned(connector, secret, "up-1", "{\"n\":2}", now).json().get("id").asText();
        awaitEvent(fine, "delivered");
        JsonNode list = http.get("/api/v1/admin/connector-events?connector=" + connector, ADMIN).json();
        assertThat(list.at("/items/0/id").asText()).as("failures first").isEqualTo(failing);
        int before = receiver.received(path).size();

        String filter = "\"connector\":\"%s\",\"from\":\"%s\",\"to\":\"%s\"".formatted(connector,
                Instant.now().minusSeconds(3_600), Instant.now().plusSeconds(60));
        JsonNode preview = http.post("/api/v1/admin/connector-events/replays/preview", ADMIN, "{" + filter + "}")
                               .json();
        assertThat(preview.get("selected").asLong()).isEqualTo(2);
        assertThat(preview.get("wouldSend").asLong()).isEqualTo(1);
        assertThat(preview.get("acknowledged").asLong()).isEqualTo(1);
        assertThat(preview.at("/endpoints/0/endpoint").asText()).isEqualTo(receiver.url(path));
        assertThat(receiver.received(path)).as("a dry run sends nothing").hasSize(before);

        String replay = "{" + filter + ",\"reason\":\"worker back after outage\"}";
        assertThat(http.post("/api/v1/admin/connector-events/replays", ADMIN, replay).status()).isIn(401, 403);
        Http.Response started = http.post("/api/v1/admin/connector-events/replays", ROOT, replay);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String replayId = started.json().get("replayId").asText();
        JsonNode progress = Eventually.await(() -> http.get("/api/v1/admin/connector-events/replays/" + replayId,
                ADMIN), r -> r.status() == 200 && r.json().get("state").asText().equals("finished")).json();
        assertThat(progress.get("requeued").asInt()).isEqualTo(1);
        assertThat(progress.get("skipped").asInt()).isEqualTo(1);
        awaitEvent(failing, "delivered");
        assertThat(receiver.received(path)).as("only the dead letter went again").hasSize(before + 1);
        assertThat(http.post("/api/v1/admin/connector-events/replays/" + replayId + "/cancellation", ROOT,
                "{\"reason\":\"too late\"}").status()).isEqualTo(409);

        Http.Response forced = http.post("/api/v1/admin/connector-events/replays", ROOT,
                "{" + filter + ",\"evenIfAcknowledged\":true,\"reason\":\"worker lost its data\"}");
        String forcedId = forced.json().get("replayId").asText();
        assertThat(Eventually.await(() -> http.get("/api/v1/admin/connector-events/replays/" + forcedId, ADMIN),
                r -> r.json().get("state").asText().equals("finished")).json().get("requeued").asInt()).isEqualTo(2);
        Eventually.await(() -> http.get("/api/v1/admin/connector-events/" + fine, ADMIN),
                r -> r.json().get("status").asText().equals("delivered") && r.json().get("ledger").size() == 2);
        JsonNode trail = http.get("/api/v1/admin/aggregates/" + replayId + "/events", ADMIN).json().get("events");
        assertThat(trail.findValuesAsText("action")).containsExactly("connector.replay_started",
                "connector.replay_finished");
        assertThat(trail.at("/1/reason").asText()).isEqualTo("worker back after outage");
        assertThat(http.post("/api/v1/admin/connector-events/replays/preview", ADMIN,
                "{\"from\":\"2026-01-01T00:00:00Z\",\"to\":\"2025-01-01T00:00:00Z\"}").status()).isEqualTo(400);
    }

    @Test
    void revokingAByokKeyRevokesTheConnectionsThatUseIt() {
        String org = "org-byok-" + tag;
        assertThat(http.post("/api/v1/admin/orgs", ROOT, "{\"orgId\":\"" + org + "\",\"name\":\"Byok\","
                                                         + "\"reason\":\"pilot\"}").status()).isEqualTo(201);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + org, ADMIN), r -> r.status() == 200);
        String connector = "byok-" + tag;
        register(connector, "hmac_sha256", false, "/worker/" + connector);
        assertThat(http.post("/api/v1/admin/byok-keys", ADMIN, """
                {"orgId":"%s","provider":"openai","fingerprint":"sk-proj-abcdefghijklmnopqrstuvwx",
                 "heldIn":"vault://kv/acme/openai","reason":"r"}""".formatted(org)).status())
                .as("the key itself").isEqualTo(400);
        Http.Response key = http.post("/api/v1/admin/byok-keys", ADMIN, """
                {"orgId":"%s","provider":"openai","fingerprint":"sha256:9f86d081884c7d65",
                 "heldIn":"vault://kv/acme/openai","reason":"customer key"}""".formatted(org));
        assertThat(key.status()).as(key.body()).isEqualTo(201);
        String keyId = key.json().get("id").asText();
        String connectionBody = "{\"orgId\":\"%s\",\"connector\":\"%s\",\"byokKeyId\":\"%s\",\"reason\":\"go live\"}"
                .formatted(org, connector, keyId);
        Http.Response connected = http.post("/api/v1/admin/connections", ADMIN, connectionBody);
        assertThat(connected.status()).as(connected.body()).isEqualTo(201);
        String connection = connected.json().get("id").asText();
        assertThat(http.post("/api/v1/admin/connections", ADMIN, connectionBody.replace(keyId, "bk_other"))
                       .status()).isEqualTo(404);

        String revocation = "/api/v1/admin/byok-keys/" + keyId + "/revocation";
        assertThat(http.post(revocation, ADMIN, "{\"reason\":\"leaked\"}").status()).isIn(401, 403);
        Http.Response revokedKey = http.post(revocation, ROOT, "{\"reason\":\"leaked\"}");
        assertThat(revokedKey.status()).isEqualTo(200);
        assertThat(revokedKey.json().get("version").asLong()).as("registered, then revoked").isEqualTo(1);
        JsonNode revoked = Eventually.await(() -> http.get("/api/v1/admin/connections/" + connection, ADMIN),
                r -> r.status() == 200 && r.json().get("state").asText().equals("revoked")).json();
        assertThat(revoked.at("/history/0/cause").asText()).isEqualTo("BYOK key " + keyId + " revoked");
        assertThat(revoked.at("/history/0/actor").asText()).isEqualTo("root@example.com");
        assertThat(revoked.at("/history/0/reason").asText()).isEqualTo("leaked");
        assertThat(revoked.at("/history/1/to").asText()).isEqualTo("connected");
        assertThat(http.post(revocation, ROOT, "{\"reason\":\"again\"}").status()).isEqualTo(409);
        assertThat(http.post("/api/v1/admin/connections", ADMIN, connectionBody).status()).isEqualTo(409);
        JsonNode keys = Eventually.await(() -> http.get("/api/v1/admin/byok-keys?orgId=" + org, ADMIN),
                r -> r.body().contains("revoked")).json();
        assertThat(keys.at("/items/0/revokedBy").asText()).isEqualTo("root@example.com");
        assertThat(keys.toString()).doesNotContain("sk-");
    }
}
