package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The newsletter list: subscriptions reported by the site, idempotent; operators see counts; the addresses leave only
 * through an export that needs a fresh super_admin and a reason and is audited with its row count.
 */
class NewsletterHttpTest extends ApiTest {

    private static final String SITE = TestTokens.token("svc-site", "ingest");
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Http.Response subscribe(String email, String source) {
        return http.post("/api/v1/newsletter/subscribers", SITE, """
                {"email":"%s","locale":"de","source":"%s","consentAt":"%s"}""".formatted(email, source,
                Instant.now()));
    }

    @Test
    void subscriptionsAreIdempotentAndTheExportIsAuditedWithItsRowCount() throws Exception {
        String source = "footer-" + tag;
        // Grace subscribes and leaves first, so that once the last subscription shows, all of it has.
        assertThat(subscribe("grace-" + tag + "@example.com", source).status()).isEqualTo(200);
        Http.Response left = http.post("/api/v1/newsletter/unsubscriptions", SITE,
                "{\"email\":\"grace-" + tag + "@example.com\",\"source\":\"link\"}");
        assertThat(left.json().get("changed").asBoolean()).isTrue();
        assertThat(subscribe("ada-" + tag + "@example.com", source).json().get("changed").asBoolean()).isTrue();
        assertThat(subscribe("  ADA-" + tag + "@Example.com ", source).json().get("changed").asBoolean())
                .as("the same address").isFalse();
        assertThat(subscribe("+cmd-" + tag + "@example.com", source).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/newsletter/unsubscriptions", SITE,
                "{\"email\":\"nobody-" + tag + "@example.com\",\"source\":\"link\"}").json().get("changed")
                       .asBoolean()).isFalse();
        assertThat(subscribe("not-an-address", source).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/newsletter/subscribers", SITE, "{\"email\":\"x-" + tag + "@example.com\","
                + "\"source\":\"s\"}").status()).as("no consent").isEqualTo(400);

        JsonNode summary = Eventually.await(() -> http.get("/api/v1/admin/newsletter/subscribers", ADMIN),
                r -> r.json().at("/subscribedBySource/" + source).asLong() == 2).json();
        assertThat(summary.get("unsubscribed").asLong()).isPositive();
        assertThat(summary.toString()).as("no addresses in the summary").doesNotContain("@example.com");

        String export = "/api/v1/admin/newsletter/subscribers/export?reason=monthly%20send";
        assertThat(http.get(export, ADMIN).status()).isIn(401, 403);
        assertThat(http.get(export, TestTokens.staleSuperAdmin("root@example.com")).status()).isIn(401, 403);
        assertThat(http.get("/api/v1/admin/newsletter/subscribers/export", ROOT).status()).isEqualTo(400);
        assertThat(http.get(export + "&format=xlsx", ROOT).status()).isEqualTo(400);
        assertThat(http.get(export + "&state=maybe", ROOT).status()).isEqualTo(400);

        Http.Response csv = http.get(export, ROOT);
        assertThat(csv.status()).isEqualTo(200);
        String[] lines = csv.body().split("\n");
        assertThat(lines[0]).isEqualTo("email,locale,source,subscribed,consent_at,subscribed_at,unsubscribed_at");
        assertThat(csv.body()).contains("ada-" + tag + "@example.com,de," + source + ",true,")
                .contains("'+cmd-" + tag).doesNotContain("grace-" + tag);
        assertThat(Long.parseLong(csv.header("X-Total-Rows"))).isEqualTo(lines.length - 1);

        Http.Response all = http.get(export + "&state=all&format=ndjson", ROOT);
        ObjectMapper json = new ObjectMapper();
        long mine = 0;
        for (String line : all.body().split("\n")) {
            JsonNode row = json.readTree(line);
            if (row.get("source").asText().equals(source)) {
                mine++;
                if (row.get("email").asText().startsWith("grace-")) {
                    assertThat(row.get("subscribed").asBoolean()).isFalse();
                    assertThat(row.get("unsubscribedAt").isNull()).isFalse();
                }
            }
        }
        assertThat(mine).isEqualTo(3);

        JsonNode trail = http.get("/api/v1/admin/aggregates/" + csv.header("X-Export-Id") + "/events", ADMIN).json()
                             .get("events");
        assertThat(trail.findValuesAsText("action")).containsExactly("data.export_started", "data.export_finished");
        assertThat(trail.at("/0/payload/kind").asText()).isEqualTo("newsletter_subscribers");
        assertThat(trail.at("/0/reason").asText()).isEqualTo("monthly send");
        assertThat(trail.at("/0/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/1/payload/rows").asLong()).isEqualTo(lines.length - 1);
        assertThat(trail.at("/1/payload/complete").asBoolean()).isTrue();
    }
}
