package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Platform health as services report it: models, runtime checks, sandbox queues and shopping stores, each with a
 * timeline of status changes; security events from services and from the platform's own refusals.
 */
class PlatformHealthHttpTest extends ApiTest {

    private static final String PROBE = TestTokens.token("svc-probe", "probe");
    private static final String RUNTIME = TestTokens.token("svc-runtime", "runtime");
    private static final String INGEST = TestTokens.token("svc-ingest", "ingest");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private static JsonNode item(JsonNode page, String subject) {
        for (JsonNode item : page.get("items")) {
            if (item.get("subject").asText().equals(subject)) {
                return item;
            }
        }
        return null;
    }

    @Test
    void modelsAreReadWorstFirstWithErrorRatesAndATimeline() {
        String good = "model-good-" + tag;
        String bad = "model-bad-" + tag;
        String report = "{\"status\":\"%s\",\"metrics\":{\"requests\":%d,\"errors\":%d},"
                        + "\"labels\":{\"provider\":\"%s\"},\"detail\":\"%s\"}";
        Http.Response first = http.post("/api/v1/health/models/" + good, PROBE,
                report.formatted("ok", 1000, 2, "anthropic-" + tag, "fine"));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("recorded").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/health/models/" + good, PROBE,
                report.formatted("ok", 1200, 3, "anthropic-" + tag, "fine")).json().get("recorded").asBoolean())
                .as("same status within the heartbeat").isFalse();
        http.post("/api/v1/health/models/" + bad, PROBE, report.formatted("ok", 500, 0, "openai-" + tag, "fine"));
        Http.Response down = http.post("/api/v1/health/models/" + bad, PROBE,
                report.formatted("down", 500, 400, "openai-" + tag, "upstream 529s"));
        assertThat(down.json().get("recorded").asBoolean()).isTrue();

        JsonNode models = Eventually.await(() -> http.get("/api/v1/admin/models", ADMIN),
                r -> r.status() == 200 && item(r.json(), bad) != null
                     && item(r.json(), bad).get("status").asText().equals("down") && item(r.json(), good) != null)
                .json();
        assertThat(models.at("/items/0/status").asText()).as("worst first").isEqualTo("down");
        assertThat(models.at("/counts/down").asLong()).isPositive();
        JsonNode badModel = item(models, bad);
        assertThat(badModel.at("/metrics/errorRate").asDouble()).isEqualTo(0.8);
        assertThat(badModel.at("/labels/provider").asText()).isEqualTo("openai-" + tag);
        assertThat(badModel.get("detail").asText()).isEqualTo("upstream 529s");
        assertThat(badModel.get("stale").asBoolean()).isFalse();
        assertThat(item(models, good).at("/metrics/requests").asDouble()).as("the recorded report's numbers")
                .isEqualTo(1000);
        JsonNode byProvider = http.get("/api/v1/admin/models?provider=anthropic-" + tag, ADMIN).json();
        assertThat(byProvider.get("items")).hasSize(1);
        assertThat(http.get("/api/v1/admin/models?status=down", ADMIN).json().toString()).contains(bad)
                .doesNotContain(good);

        JsonNode timeline = http.get("/api/v1/admin/health/models/" + bad, ADMIN).json();
        assertThat(timeline.at("/signal/status").asText()).isEqualTo("down");
        assertThat(timeline.get("changes").findValuesAsText("status")).containsExactly("down", "ok");
        assertThat(timeline.at("/changes/0/previous").asText()).isEqualTo("ok");
        assertThat(timeline.at("/changes/0/metrics/errorRate").asDouble()).isEqualTo(0.8);

        JsonNode readiness = http.get("/api/v1/admin/rollout/readiness", ADMIN).json();
        assertThat(readiness.get("go").asBoolean()).isFalse();
        assertThat(readiness.toString()).contains(bad + ": down since");
    }

    @Test
    void runtimeChecksSandboxQueuesAndShoppingStores() {
        String check = "scheduler-" + tag;
        String pool = "pool-" + tag;
        String store = "store-" + tag;
        assertThat(http.post("/api/v1/health/runtime-checks/" + check, RUNTIME, "{\"status\":\"ok\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/health/sandbox-queues/" + pool, RUNTIME, """
                {"status":"degraded","metrics":{"queued":1200,"running":40,"oldestQueuedSeconds":610},
                 "detail":"queue spike after deploy"}""").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/health/shopping-stores/" + store, INGEST, """
                {"status":"ok","metrics":{"products":120,"orders":35,"failedOrders":1}}""").status())
                .isEqualTo(200);

        JsonNode queues = Eventually.await(() -> http.get("/api/v1/admin/sandbox/queues", ADMIN),
                r -> item(r.json(), pool) != null).json();
        assertThat(item(queues, pool).at("/metrics/queued").asDouble()).isEqualTo(1200);
        assertThat(item(queues, pool).get("status").asText()).isEqualTo("degraded");
        JsonNode stores = Eventually.await(() -> http.get("/api/v1/admin/shopping/stores", ADMIN),
                r -> item(r.json(), store) != null).json();
        assertThat(item(stores, store).at("/metrics/failedOrders").asDouble()).isEqualTo(1);
        Eventually.await(() -> http.get("/api/v1/admin/runtime/health-checks?status=ok", ADMIN),
                r -> item(r.json(), check) != null);

        JsonNode readiness = http.get("/api/v1/admin/rollout/readiness", ADMIN).json();
        JsonNode sandbox = null;
        for (JsonNode c : readiness.get("checks")) {
            if (c.get("check").asText().equals("sandbox_queues")) {
                sandbox = c;
            }
        }
        assertThat(sandbox.get("status").asText()).isEqualTo("failed");
        assertThat(sandbox.get("reason").asText()).contains(pool + ": degraded since").contains("queue spike");

        // The queue is cleared: the change is recorded at once, and the view says so.
        assertThat(http.post("/api/v1/health/sandbox-queues/" + pool, RUNTIME,
                "{\"status\":\"ok\",\"metrics\":{\"queued\":3,\"running\":40,\"oldestQueuedSeconds\":2}}").json()
                       .get("recorded").asBoolean()).isTrue();
        Eventually.await(() -> http.get("/api/v1/admin/health/sandbox-queues/" + pool, ADMIN),
                r -> r.status() == 200 && r.json().get("changes").size() == 2);
    }

    @Test
    void badReportsAreRefusedAndStoreNothing() {
        String model = "model-refused-" + tag;
        assertThat(http.post("/api/v1/health/models/" + model, PROBE,
                "{\"status\":\"ok\",\"metrics\":{\"requests\":10,\"errors\":1}}").status())
                .as("no provider").isEqualTo(400);
        assertThat(http.post("/api/v1/health/models/" + model, PROBE,
                "{\"status\":\"ok\",\"metrics\":{\"requests\":10,\"errors\":11},\"labels\":{\"provider\":\"p\"}}")
                       .json().get("type").asText()).isEqualTo("urn:alumia:problem:health.errors_over_requests");
        assertThat(http.post("/api/v1/health/models/" + model, PROBE,
                "{\"status\":\"ok\",\"metrics\":{\"requests\":-1,\"errors\":0},\"labels\":{\"provider\":\"p\"}}")
                       .status()).isEqualTo(400);
        assertThat(http.post("/api/v1/health/models/" + model, PROBE,
                "{\"status\":\"sideways\",\"metrics\":{\"requests\":1,\"errors\":0},\"labels\":{\"provider\":\"p\"}}")
                       .status()).isEqualTo(400);
        assertThat(http.post("/api/v1/health/sandbox-queues/pool-" + tag, RUNTIME, "{\"status\":\"ok\"}").json()
                       .get("type").asText()).isEqualTo("urn:alumia:problem:health.metric_missing");
        assertThat(http.post("/api/v1/health/models/bad%20name", PROBE,
                "{\"status\":\"ok\",\"metrics\":{\"requests\":1,\"errors\":0},\"labels\":{\"provider\":\"p\"}}")
                       .status()).isEqualTo(400);
        assertThat(http.post("/api/v1/health/models/" + model, RUNTIME, "{\"status\":\"ok\"}").status())
                .as("the wrong service").isEqualTo(403);
        assertThat(http.get("/api/v1/admin/health/models/" + model, ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/health/planets/" + model, ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/admin/models?status=sideways", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void securityEventsFromServicesAndFromRefusedAttempts() {
        String org = "org-sec-" + tag;
        String body = """
                {"eventId":"evt-%s","source":"auth","kind":"login.failed_burst","severity":"high","orgId":"%s",
                 "subject":"user-17","detail":"40 failed logins in 60 s","occurredAt":"%s"}"""
                .formatted(tag, org, Instant.now());
        Http.Response accepted = http.post("/api/v1/security/events", INGEST, body);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        Http.Response again = http.post("/api/v1/security/events", INGEST, body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("id").asText()).isEqualTo(accepted.json().get("id").asText());
        String badKind = body.replace("evt-", "bad-kind-").replace("login.failed_burst", "Login Failed");
        assertThat(http.post("/api/v1/security/events", INGEST, badKind).status()).isEqualTo(400);
        String badSeverity = body.replace("evt-", "bad-sev-").replace("\"high\"", "\"apocalyptic\"");
        assertThat(http.post("/api/v1/security/events", INGEST, badSeverity).status()).isEqualTo(400);

        JsonNode events = Eventually.await(() -> http.get("/api/v1/admin/security/events?orgId=" + org, ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 1).json();
        assertThat(events.at("/items/0/kind").asText()).isEqualTo("login.failed_burst");
        assertThat(events.at("/items/0/severity").asText()).isEqualTo("high");
        assertThat(events.at("/byKind/login.failed_burst").asLong()).isEqualTo(1);
        assertThat(events.at("/bySeverity/high").asLong()).isEqualTo(1);
        assertThat(http.get("/api/v1/admin/security/events?orgId=" + org + "&minSeverity=critical", ADMIN).json()
                       .get("items")).isEmpty();
        assertThat(http.get("/api/v1/admin/security/events?minSeverity=extreme", ADMIN).status()).isEqualTo(400);

        // A refused attempt of the platform's own is a security event of source admin.
        String path = "/api/v1/admin/orgs/" + org + "/suspension";
        // From an address of its own: the platform records at most 30 refusals a minute per client, and the rest
        // of the suite's refusals come from loopback.
        String client = "203.0.113." + (1 + (int) (Math.random() * 250));
        assertThat(http.request("POST", path).token(ADMIN).header("X-Forwarded-For", client)
                       .json("{\"reason\":\"try\"}").send().status()).isIn(401, 403);
        JsonNode refused = Eventually.await(() -> http.get("/api/v1/admin/security/events?source=admin&limit=500",
                ADMIN), r -> r.body().contains(path)).json();
        JsonNode mine = null;
        for (JsonNode item : refused.get("items")) {
            if (item.get("detail").asText().contains(path)) {
                mine = item;
            }
        }
        assertThat(mine.get("kind").asText()).isEqualTo("access.forbidden");
        assertThat(mine.get("subject").asText()).isEqualTo("ops@example.com from " + client);
    }
}
