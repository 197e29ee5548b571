package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Refunds through stripe-java against a stub of Stripe's API on this machine, with hand-written responses in
 * Stripe's shapes and Stripe's idempotency: a refund whose answer is lost is sent again under the same key and
 * made once; a refusal is recorded and not retried; an outage ends in the dead-letter queue; a replay sends nothing.
 */
class RefundHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final List<Map<String, String>> CALLS = new CopyOnWriteArrayList<>();
    /** Stripe keeps the first response to each idempotency key and returns it again. */
    private static final Map<String, String> BY_KEY = new ConcurrentHashMap<>();
    private static final AtomicInteger CREATED = new AtomicInteger();
    private static final HttpServer STRIPE = stripe();

    private static HttpServer stripe() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/v1/refunds", RefundHttpTest::refunds);
            server.createContext("/v1/issuing/cards/", RefundHttpTest::cards);
            server.setExecutor(Executors.newCachedThreadPool()); // a slow answer must not hold up the next request
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void refunds(HttpExchange exchange) throws IOException {
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String key = String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
        form.put("idempotencyKey", key);
        form.put("authorization", String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        CALLS.add(form);
        String intent = form.get("payment_intent");
        if ("pi_refunded".equals(intent)) {
            respond(exchange, 400, """
                    {"error":{"type":"invalid_request_error","code":"charge_already_refunded",
                     "message":"Charge ch_1 has already been refunded."}}""");
            return;
        }
        if ("pi_down".equals(intent)) {
            respond(exchange, 500, "{\"error\":{\"type\":\"api_error\",\"message\":\"Something went wrong\"}}");
            return;
        }
        String previous = BY_KEY.get(key);
        if (previous != null) {
            respond(exchange, 200, previous);
            return;
        }
        String refund = """
                {"id":"re_%d","object":"refund","amount":%s,"currency":"usd","payment_intent":"%s",
                 "status":"succeeded","metadata":{"alumia_refund_id":"%s"}}"""
                .formatted(CREATED.incrementAndGet(), form.get("amount"), intent, form.get("metadata[alumia_refund_id]"));
        BY_KEY.put(key, refund);
        if ("pi_slow".equals(intent)) {
            sleep(1_500); // the refund is made, but its answer comes after the client gave up
        }
        respond(exchange, 200, refund);
    }

    /** Card updates: the card comes back with the status asked for. */
    private static void cards(HttpExchange exchange) throws IOException {
        String cardId = exchange.getRequestURI().getPath().substring("/v1/issuing/cards/".length());
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        form.put("idempotencyKey", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key")));
        form.put("card", cardId);
        CALLS.add(form);
        respond(exchange, 200, """
                {"id":"%s","object":"issuing.card","brand":"Visa","currency":"usd","last4":"4242","status":"%s",
                 "cancellation_reason":null,"type":"virtual","metadata":{}}""".formatted(cardId, form.get("status")));
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            String[] kv = pair.split("=", 2);
            form.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return form;
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        try {
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException clientGone) {
            // the client timed out and left
        }
        exchange.close();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @DynamicPropertySource
    static void stripe(DynamicPropertyRegistry registry) {
        registry.add("alumia.stripe.api.api-key", () -> "sk_test_stub");
        registry.add("alumia.stripe.api.api-base", () -> "http://127.0.0.1:" + STRIPE.getAddress().getPort());
        registry.add("alumia.stripe.api.read-timeout", () -> "500ms");
        registry.add("alumia.stripe.api.attempts", () -> "3");
        registry.add("alumia.stripe.api.initial-backoff", () -> "50ms");
        registry.add("alumia.stripe.webhook-secret", () -> StripeWebhookHttpTest.SECRET);
    }

    @AfterAll
    static void stop() {
        STRIPE.stop(0);
    }

    private void org() {
        assertThat(http.post("/api/v1/admin/orgs", ROOT,
                "{\"orgId\":\"org-refund\",\"name\":\"Refund Co\",\"reason\":\"pilot\"}").status()).isIn(201, 409);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/org-refund", ADMIN), r -> r.status() == 200);
    }

    private Http.Response refund(String token, String intent, long amount) {
        return http.post("/api/v1/admin/agent-wallet/refunds", token, """
                {"orgId":"org-refund","paymentIntentId":"%s","amount":%d,"reason":"duplicate top-up"}"""
                .formatted(intent, amount));
    }

    private JsonNode awaitRefund(String id, String status) {
        return Eventually.await(() -> http.get("/api/v1/admin/agent-wallet/refunds?orgId=org-refund", ADMIN).json(),
                list -> {
                    for (JsonNode refund : list.get("items")) {
                        if (refund.get("refundId").asText().equals(id) && refund.get("status").asText().equals(status)) {
                            return true;
                        }
                    }
                    return false;
                }).get("items");
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode refund : items) {
            if (refund.get("refundId").asText().equals(id)) {
                return refund;
            }
        }
        throw new AssertionError(id + " not listed");
    }

    private static long callsFor(String refundId) {
        return CALLS.stream().filter(c -> ("alumia-refund-" + refundId).equals(c.get("idempotencyKey"))).count();
    }

    @Test
    void aRefundIsSentWithAKeyFromOurCommandAndRecorded() {
        org();
        assertThat(refund(ADMIN, "pi_ok", 1_000).status()).isEqualTo(403);
        assertThat(refund(TestTokens.staleSuperAdmin("root"), "pi_ok", 1_000).status()).isEqualTo(401);
        assertThat(refund(ROOT, "pi_ok", 0).status()).isEqualTo(400);
        assertThat(refund(ROOT, "not-a-payment", 1_000).status()).isEqualTo(400);
        Http.Response accepted = refund(ROOT, "pi_ok", 1_000);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        String id = accepted.json().get("refundId").asText();

        JsonNode done = find(awaitRefund(id, "succeeded"), id);
        assertThat(done.get("stripeRefundId").asText()).startsWith("re_");
        assertThat(done.get("attempts").asInt()).isEqualTo(1);
        Map<String, String> call = CALLS.stream()
                                        .filter(c -> ("alumia-refund-" + id).equals(c.get("idempotencyKey")))
                                        .findFirst().orElseThrow();
        assertThat(call.get("authorization")).isEqualTo("Bearer sk_test_stub");
        assertThat(call.get("amount")).isEqualTo("1000");
        assertThat(call.get("metadata[alumia_refund_id]")).isEqualTo(id);
    }

    @Test
    void aRefundWhoseAnswerWasLostIsSentAgainAndMadeOnce() {
        org();
        int before = CREATED.get();
        String id = refund(ROOT, "pi_slow", 700).json().get("refundId").asText();
        JsonNode done = find(awaitRefund(id, "succeeded"), id);
        assertThat(done.get("attempts").asInt()).as("the first answer never arrived").isEqualTo(2);
        assertThat(callsFor(id)).isEqualTo(2);
        assertThat(CREATED.get() - before).as("one refund at Stripe").isEqualTo(1);
    }

    @Test
    void aRefusalIsRecordedAndNotSentAgain() {
        org();
        String id = refund(ROOT, "pi_refunded", 500).json().get("refundId").asText();
        JsonNode refused = find(awaitRefund(id, "refused"), id);
        assertThat(refused.get("error").asText()).contains("charge_already_refunded");
        assertThat(callsFor(id)).isEqualTo(1);
    }

    @Test
    void anOutageEndsInTheDeadLetterQueueAndAReplaySendsNothing() {
        org();
        String id = refund(ROOT, "pi_down", 300).json().get("refundId").asText();
        Eventually.await(() -> http.get("/api/v1/admin/ops/processors/stripe-refunds/dead-letters", ADMIN).json(),
                page -> page.toString().contains(id));
        assertThat(callsFor(id)).isEqualTo(3);
        assertThat(find(awaitRefund(id, "requested"), id).get("status").asText()).isEqualTo("requested");

        int calls = CALLS.size();
        Http.Response rebuild = http.post("/api/v1/admin/ops/processors/wallet-activity/rebuild", ROOT,
                "{\"reason\":\"replay check\"}");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        Eventually.await(() -> http.get("/api/v1/admin/agent-wallet/refunds?orgId=org-refund", ADMIN).json(),
                list -> list.toString().contains(id));
        assertThat(CALLS.size()).as("the replay of the view sent nothing to Stripe").isEqualTo(calls);
    }

    @Test
    void cardsAreFrozenAndCancelledThroughStripe() throws Exception {
        String card = """
                {"id":"evt_card_actions","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_card.created","data":{"object":{"id":"ic_actions","object":"issuing.card",
                 "brand":"Visa","currency":"usd","last4":"4242","status":"active","type":"virtual",
                 "metadata":{"org_id":"org-refund","agent_id":"agent-1"}}}}"""
                .formatted(com.stripe.Stripe.API_VERSION, java.time.Instant.now().minusSeconds(60).getEpochSecond());
        assertThat(http.request("POST", "/api/v1/webhooks/stripe").json(card).header("Stripe-Signature",
                com.stripe.net.Webhook.Signature.generateSignatureHeader(card, StripeWebhookHttpTest.SECRET)).send()
                       .status()).isEqualTo(200);

        assertThat(http.post("/api/v1/admin/agent-wallet/cards/ic_nothing/freeze", ADMIN, "{\"reason\":\"r\"}")
                       .status()).isEqualTo(404);
        Http.Response frozen = http.post("/api/v1/admin/agent-wallet/cards/ic_actions/freeze", ADMIN,
                "{\"reason\":\"unusual spend at night\"}");
        assertThat(frozen.status()).as(frozen.body()).isEqualTo(202);
        String action = frozen.json().get("actionId").asText();
        Eventually.await(() -> http.get("/api/v1/admin/agent-wallet/cards?orgId=org-refund", ADMIN).json(),
                list -> list.toString().contains("\"status\":\"inactive\""));
        assertThat(CALLS.stream().filter(c -> ("alumia-card-action-" + action).equals(c.get("idempotencyKey")))
                        .findFirst().orElseThrow().get("status")).isEqualTo("inactive");

        assertThat(http.post("/api/v1/admin/agent-wallet/cards/ic_actions/cancellation", ADMIN,
                "{\"reason\":\"lost\"}").status()).as("cancelling is for a fresh super_admin").isEqualTo(403);
        assertThat(http.post("/api/v1/admin/agent-wallet/cards/ic_actions/cancellation", ROOT,
                "{\"reason\":\"card details leaked\"}").status()).isEqualTo(202);
        Eventually.await(() -> http.get("/api/v1/admin/agent-wallet/cards?orgId=org-refund", ADMIN).json(),
                list -> list.toString().contains("\"status\":\"canceled\""));
        Http.Response again = http.post("/api/v1/admin/agent-wallet/cards/ic_actions/unfreeze", ADMIN,
                "{\"reason\":\"r\"}");
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        JsonNode events = http.get("/api/v1/admin/aggregates/ic_actions/events", ADMIN).json().get("events");
        assertThat(events.findValuesAsText("action")).contains("wallet.card_action_requested",
                "wallet.card_action_settled", "wallet.card_status_changed");
    }
}
