package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Usage over HTTP: batches from services counted once, spend against budgets with billing health, the spend review,
 * and exports in CSV and NDJSON checked for content and size, audited with their row count.
 */
class UsageHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String INGEST = TestTokens.token("svc-metering", "ingest");
    private static final String BILLING = TestTokens.token("svc-billing", "billing");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final ObjectMapper json = new ObjectMapper();

    private String org(String name) {
        return createOrg("org-" + name + "-" + tag, name);
    }

    private String record(String id, String org, String model, long in, long out, long micros, Instant at) {
        return "{\"eventId\":\"%s\",\"orgId\":\"%s\",\"workspaceId\":\"ws,1\",\"model\":\"%s\",\"tokensIn\":%d,"
               .formatted(id, org, model, in) + "\"tokensOut\":%d,\"costMicros\":%d,\"occurredAt\":\"%s\"}"
               .formatted(out, micros, at);
    }

    private Http.Response batch(String batchId, List<String> records) {
        return http.post("/api/v1/usage", INGEST, "{\"batchId\":\"" + batchId + "\",\"source\":\"metering\","
                                                  + "\"records\":[" + String.join(",", records) + "]}");
    }

    @Test
    void usageIsCountedOnceReviewedAgainstBudgetsAndExported() throws Exception {
        String acme = org("acme");
        String globex = org("globex");
        // Two whole days before today, so that no record is in the future at any time of day.
        Instant now = Instant.now();
        Instant today = now.truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        Instant yesterday = today.minus(1, ChronoUnit.DAYS);
        List<String> first = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            first.add(record(tag + "-a" + i, acme, i % 2 == 0 ? "gpt-x" : "claude-y", 100, 50, 2_000,
                    (i < 500 ? yesterday : today).plusSeconds(i)));
        }
        Http.Response accepted = batch("b1-" + tag, first);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().get("recorded").asInt()).isEqualTo(1_000);
        List<String> second = new ArrayList<>(first.subList(0, 2));
        for (int i = 0; i < 500; i++) {
            second.add(record(tag + "-b" + i, acme, "gpt-x", 10, 10, 1_000, today.plusSeconds(2_000 + i)));
        }
        second.add(record(tag + "-g1", globex, "gpt-x", 1, 1, 5_000_000, now.minusSeconds(5)));
        JsonNode overlapping = batch("b2-" + tag, second).json();
        assertThat(overlapping.get("recorded").asInt()).isEqualTo(501);
        assertThat(overlapping.get("duplicates").findValuesAsText("")).isEmpty();
        assertThat(overlapping.get("duplicates")).hasSize(2);
        assertThat(batch("b2-" + tag, second).json().get("duplicate").asBoolean()).as("the same batch again")
                .isTrue();
        Http.Response bad = batch("b3-" + tag, List.of(record(tag + "-c1", acme, "gpt-x", -1, 0, 0, today)));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asText()).startsWith("record 0:");
        assertThat(batch("b4-" + tag, List.of(record(tag + "-c2", acme, "gpt-x", 1, 1, 1,
                Instant.now().plus(1, ChronoUnit.DAYS)))).status()).as("from the future").isEqualTo(400);
        assertThat(http.post("/api/v1/usage", ADMIN, "{}").status()).isEqualTo(403);

        // acme spent 500 x 0.002 on the first day and 500 x 0.002 + 500 x 0.001 on the second: 2.5 USD this month
        // when both days were in it.
        assertThat(http.post("/api/v1/admin/usage/budgets/" + acme, ADMIN,
                "{\"monthlyLimitMicros\":2600000,\"nearPercent\":80,\"reason\":\"pilot cap\"}").status())
                .isEqualTo(200);
        assertThat(http.post("/api/v1/admin/usage/budgets/" + globex, ADMIN,
                "{\"monthlyLimitMicros\":1000000,\"reason\":\"pilot cap\"}").status()).isEqualTo(200);
        assertThat(http.post("/api/v1/admin/usage/budgets/org-nowhere-" + tag, ADMIN,
                "{\"monthlyLimitMicros\":1,\"reason\":\"r\"}").status()).isEqualTo(404);
        JsonNode globexSpend = Eventually.await(() -> http.get("/api/v1/admin/usage/spend?orgId=" + globex, ADMIN),
                r -> r.body().contains("\"over\"")).json();
        assertThat(globexSpend.at("/items/0/spentMicros").asLong()).isEqualTo(5_000_000);
        assertThat(http.post("/api/v1/billing/orgs/" + globex + "/payment-status", BILLING,
                "{\"failing\":true,\"detail\":\"card declined\"}").json().get("result").asBoolean()).isTrue();
        JsonNode failing = Eventually.await(() -> http.get("/api/v1/admin/usage/spend?orgId=" + globex, ADMIN),
                r -> r.body().contains("payment_failing")).json();
        assertThat(failing.at("/items/0/paymentDetail").asText()).isEqualTo("card declined");
        String month = now.toString().substring(0, 7);
        long thisMonth = (yesterday.toString().startsWith(month) ? 1_000_000 : 0)
                         + (today.toString().startsWith(month) ? 1_500_000 : 0);
        JsonNode acmeSpend = Eventually.await(() -> http.get("/api/v1/admin/usage/spend?orgId=" + acme, ADMIN),
                r -> r.body().contains("near_limit") || r.body().contains("\"ok\"")).json();
        assertThat(acmeSpend.at("/items/0/spentMicros").asLong()).isEqualTo(thisMonth);

        JsonNode review = http.get("/api/v1/admin/usage/review?from=" + yesterday + "&to=" + today.plus(1,
                ChronoUnit.DAYS), ADMIN).json();
        assertThat(review.at("/topOrgs/0/key").asText()).isIn(globex, acme);
        JsonNode acmeReview = http.get("/api/v1/admin/usage/review?orgId=" + acme + "&from=" + yesterday + "&to="
                                       + today.plus(1, ChronoUnit.DAYS), ADMIN).json();
        assertThat(acmeReview.at("/overall/records").asLong()).isEqualTo(1_500);
        assertThat(acmeReview.at("/overall/costMicros").asLong()).isEqualTo(2_500_000);
        assertThat(acmeReview.at("/topModels/0/key").asText()).isEqualTo("gpt-x");
        assertThat(acmeReview.at("/topModels/0/costMicros").asLong()).isEqualTo(1_500_000);
        assertThat(acmeReview.get("days")).hasSize(2);
        assertThat(acmeReview.at("/days/0/records").asLong()).isEqualTo(500);

        String period = "&from=" + yesterday + "&to=" + today.plus(1, ChronoUnit.DAYS);
        Http.Response csv = http.get("/api/v1/admin/usage/export?orgId=" + acme + period
                                     + "&format=csv&reason=quarterly%20review", ADMIN);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("X-Total-Rows")).isEqualTo("1500");
        String[] lines = csv.body().split("\n");
        assertThat(lines).hasSize(1_501);
        assertThat(lines[0]).isEqualTo("event_id,occurred_at,org_id,workspace_id,model,tokens_in,tokens_out,cost_usd");
        assertThat(lines[1]).isEqualTo(tag + "-a0," + yesterday + "," + acme + ",\"ws,1\",gpt-x,100,50,0.002000");
        assertThat(csv.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isBetween(90_000, 150_000);
        Http.Response ndjson = http.get("/api/v1/admin/usage/export?orgId=" + acme + period
                                        + "&format=ndjson&reason=audit", ADMIN);
        String[] objects = ndjson.body().split("\n");
        assertThat(objects).hasSize(1_500);
        JsonNode lastLine = json.readTree(objects[1_499]);
        assertThat(lastLine.get("eventId").asText()).isEqualTo(tag + "-b499");
        assertThat(lastLine.get("costMicros").asLong()).isEqualTo(1_000);
        String exportId = csv.header("X-Export-Id");
        JsonNode trail = http.get("/api/v1/admin/aggregates/" + exportId + "/events", ADMIN).json().get("events");
        assertThat(trail.findValuesAsText("action")).containsExactly("data.export_started", "data.export_finished");
        assertThat(trail.at("/1/payload/rows").asLong()).isEqualTo(1_500);
        assertThat(trail.at("/1/payload/complete").asBoolean()).isTrue();
        assertThat(trail.at("/0/reason").asText()).isEqualTo("quarterly review");
        assertThat(trail.at("/0/actor/subject").asText()).isEqualTo("ops@example.com");
        assertThat(http.get("/api/v1/admin/usage/export?orgId=" + acme + period + "&format=xlsx&reason=r", ADMIN)
                       .status()).isEqualTo(400);
        assertThat(http.get("/api/v1/admin/usage/export?orgId=" + acme + period + "&format=csv", ADMIN).status())
                .as("no reason").isEqualTo(400);
    }
}
