package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revalidation of the front end against a real HTTP receiver on this machine: signed requests, retries with
 * backoff, the dead-letter queue after the last try, a retry from there, and silence during a replay.
 */
class SiteRevalidationHttpTest extends ApiTest {

    private static final String SECRET = "test-revalidation-secret";
    private static final String PAGES = "/api/v1/admin/site/pages";
    private static final String ROOT = TestTokens.freshSuperAdmin("editor@example.com");
    private static final List<Map<String, String>> RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAIL_NEXT = new AtomicInteger();
    private static final HttpServer FRONT_END = frontEnd();

    private static HttpServer frontEnd() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/revalidate", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                RECEIVED.add(Map.of("body", body,
                        "signature", String.valueOf(exchange.getRequestHeaders().getFirst("X-Alumia-Signature")),
                        "idempotencyKey", String.valueOf(exchange.getRequestHeaders().getFirst("Idempotency-Key"))));
                int status = FAIL_NEXT.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : 200;
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void revalidation(DynamicPropertyRegistry registry) {
        registry.add("alumia.site.revalidation.url",
                () -> "http://127.0.0.1:" + FRONT_END.getAddress().getPort() + "/api/revalidate");
        registry.add("alumia.site.revalidation.secret", () -> SECRET);
        registry.add("alumia.site.revalidation.attempts", () -> "3");
        registry.add("alumia.site.revalidation.initial-backoff", () -> "50ms");
        registry.add("alumia.site.revalidation.max-backoff", () -> "100ms");
    }

    @AfterAll
    static void stop() {
        FRONT_END.stop(0);
    }

    @BeforeEach
    void quiet() {
        FAIL_NEXT.set(0);
    }

    private String publishedPage(String slug) {
        Http.Response created = http.post(PAGES, ROOT, """
                {"slug":"%s","title":"T","body":"b","locale":"en","reason":"r"}""".formatted(slug));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("pageId").asText();
        Http.Response published = http.request("POST", PAGES + "/" + id + "/publication").token(ROOT)
                                       .header("If-Match", "\"0\"").json("{\"reason\":\"go live\"}").send();
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return id;
    }

    private JsonNode awaitRevalidation(String id, String status) {
        return Eventually.await(() -> http.get(PAGES + "/" + id, ADMIN).json(),
                page -> status.equals(page.at("/revalidation/status").asText())).get("revalidation");
    }

    private static List<Map<String, String>> requestsFor(String slug) {
        return RECEIVED.stream().filter(r -> r.get("body").contains("\"/site/" + slug + "\"")).toList();
    }

    private static String hmac(String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPublishedPageIsRevalidatedWithASignedRequest() throws Exception {
        String id = publishedPage("revalidated");
        JsonNode status = awaitRevalidation(id, "succeeded");
        assertThat(status.get("attempts").asInt()).isEqualTo(1);
        assertThat(status.get("action").asText()).isEqualTo("site.published");
        assertThat(status.get("paths").toString()).isEqualTo("[\"/site/revalidated\",\"/sitemap.xml\"]");

        Map<String, String> request = requestsFor("revalidated").get(0);
        JsonNode body = new ObjectMapper().readTree(request.get("body"));
        assertThat(body.get("pageId").asText()).isEqualTo(id);
        assertThat(request.get("idempotencyKey")).isEqualTo(body.get("eventId").asText());
        String[] signature = request.get("signature").split(",");
        String timestamp = signature[0].substring("t=".length());
        assertThat(signature[1]).isEqualTo("v1=" + hmac(timestamp + "." + request.get("body")));
    }

    @Test
    void aFrontEndThatKeepsFailingIsTriedAgainThenTheEventWaitsAsADeadLetter() {
        FAIL_NEXT.set(3);
        String id = publishedPage("unreachable");
        JsonNode failed = awaitRevalidation(id, "failed");
        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.get("httpStatus").asInt()).isEqualTo(503);
        assertThat(requestsFor("unreachable")).hasSize(3);
        JsonNode letters = Eventually.await(
                () -> http.get("/api/v1/admin/ops/processors/site-revalidation/dead-letters", ADMIN).json(),
                page -> page.get("letters").asInt() >= 1);
        assertThat(letters.toString()).contains(id);

        Http.Response retried = http.post("/api/v1/admin/ops/processors/site-revalidation/dead-letters/retry", ADMIN,
                "{\"reason\":\"front end is back\"}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(awaitRevalidation(id, "succeeded").get("attempts").asInt()).isEqualTo(1);
        assertThat(requestsFor("unreachable")).hasSize(4);
    }

    @Test
    void replaysNeverRevalidate() {
        String id = publishedPage("replayed");
        awaitRevalidation(id, "succeeded");
        int before = RECEIVED.size();
        // The process has only side effects: there is nothing of it to replay, and asking is refused.
        Http.Response refused = http.post("/api/v1/admin/ops/processors/site-revalidation/rebuild", ROOT,
                "{\"reason\":\"replay check\"}");
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("type").asText()).endsWith("ops.rebuild_not_supported");
        // Replaying the pages view meets every publication again and sends nothing.
        Http.Response rebuild = http.post("/api/v1/admin/ops/processors/site-pages/rebuild", ROOT,
                "{\"reason\":\"replay check\"}");
        assertThat(rebuild.status()).as(rebuild.body()).isEqualTo(202);
        Eventually.await(() -> http.get("/api/v1/admin/ops/processors", ADMIN).json(), json -> {
            for (JsonNode processor : json.get("processors")) {
                if (processor.get("name").asText().equals("site-pages")) {
                    return !processor.get("replaying").asBoolean() && processor.get("lagEvents").asLong() == 0;
                }
            }
            return false;
        });
        Eventually.await(() -> http.get(PAGES + "/" + id, ADMIN), r -> r.status() == 200);
        String after = publishedPage("after-replay");
        awaitRevalidation(after, "succeeded");
        assertThat(RECEIVED.size()).as("only the page published after the replay").isEqualTo(before + 1);
    }
}
