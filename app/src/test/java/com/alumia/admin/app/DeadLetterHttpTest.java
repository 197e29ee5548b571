package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A projection whose handler fails parks the event and the rest of its aggregate's sequence, the rest of the log
 * moves on, and operators retry or (as a fresh super admin) evict, each recorded in the trail.
 */
class DeadLetterHttpTest extends ApiTest {

    private static final String INGEST = TestTokens.token("svc-feedback", "ingest");
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String LETTERS = "/api/v1/admin/ops/processors/" + PoisonProjection.GROUP + "/dead-letters";

    @AfterEach
    void healed() {
        PoisonProjection.failing = true;
    }

    private String ingest(String text) {
        Http.Response created = http.post("/api/v1/feedback", INGEST, """
                {"orgId":"org-dlq","userId":"u-1","text":"%s"}
                """.formatted(text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("feedbackId").asText();
    }

    private JsonNode sequence(JsonNode page, String id) {
        for (JsonNode s : page.get("items")) {
            if (s.get("sequence").asText().equals(id)) {
                return s;
            }
        }
        return null;
    }

    private JsonNode awaitParked(String id, int letters) {
        return Eventually.await(() -> http.get(LETTERS + "?limit=500", ADMIN), r -> r.status() == 200
                && sequence(r.json(), id) != null && sequence(r.json(), id).get("size").asInt() == letters).json();
    }

    @Test
    void aFailingEventIsParkedWithItsSequenceAndRetriedOnceTheHandlerWorks() {
        String first = ingest("poison pill one");
        String second = ingest("poison pill two");
        Http.Response triaged = http.request("POST", "/api/v1/admin/feedback/" + first + "/transitions")
                .token(ADMIN).header("If-Match", "*").json("{\"to\":\"triaged\",\"note\":\"poison again\"}").send();
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(200);

        JsonNode page = awaitParked(first, 2);
        JsonNode parked = sequence(page, first);
        assertThat(parked.at("/letters/0/causeType").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(parked.at("/letters/0/causeMessage").asText()).contains("cannot project received " + first);
        assertThat(parked.at("/letters/0/aggregateId").asText()).isEqualTo(first);
        assertThat(parked.at("/letters/0/position").asLong()).isPositive();
        assertThat(parked.at("/letters/1/payloadType").asText()).endsWith("FeedbackTriagedEvent");
        awaitParked(second, 1);

        // The other projections moved on.
        Eventually.await(() -> http.get("/api/v1/admin/feedback/" + first, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/status").asText().equals("triaged"));
        JsonNode processors = http.get("/api/v1/admin/ops/processors", ADMIN).json();
        for (JsonNode p : processors.get("processors")) {
            if (p.get("name").asText().equals(PoisonProjection.GROUP)) {
                assertThat(p.get("deadLetters").asLong()).isGreaterThanOrEqualTo(3);
            } else if (p.get("name").asText().equals("feedback-queue")) {
                assertThat(p.get("deadLetters").asLong()).isZero();
            }
        }

        Http.Response stillFailing = http.post(LETTERS + "/retry", ADMIN,
                "{\"sequence\":\"" + first + "\",\"reason\":\"try again\"}");
        assertThat(stillFailing.status()).as(stillFailing.body()).isEqualTo(200);
        assertThat(stillFailing.json().get("succeeded").asInt()).isZero();
        assertThat(sequence(http.get(LETTERS + "?limit=500", ADMIN).json(), first)).isNotNull();

        PoisonProjection.failing = false;
        Http.Response retried = http.post(LETTERS + "/retry", ADMIN, "{\"reason\":\"handler fixed in 1.4.2\"}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(retried.json().get("succeeded").asInt()).isEqualTo(retried.json().get("attempted").asInt());
        JsonNode after = http.get(LETTERS, ADMIN).json();
        assertThat(sequence(after, first)).isNull();
        assertThat(sequence(after, second)).isNull();
        assertThat(PoisonProjection.handled).containsSubsequence("received " + first, "triaged " + first);
        assertThat(PoisonProjection.handled).contains("received " + second);

        JsonNode trail = Eventually.await(() -> http.get(
                "/api/v1/admin/audit?action=processing.dead_letters_retry_requested", ADMIN),
                r -> r.json().get("items").size() >= 2).json();
        assertThat(trail.findValuesAsText("reason")).contains("handler fixed in 1.4.2", "try again");
    }

    @Test
    void evictionDropsASequenceForGoodAndNeedsAFreshSuperAdmin() {
        String id = ingest("poison for eviction");
        awaitParked(id, 1);
        String body = "{\"sequence\":\"" + id + "\",\"reason\":\"event from a retired product\"}";
        assertThat(http.post(LETTERS + "/eviction", ADMIN, body).status()).isEqualTo(403);
        assertThat(http.post(LETTERS + "/eviction", TestTokens.staleSuperAdmin("root@example.com"), body).status())
                .isEqualTo(401);

        Http.Response evicted = http.post(LETTERS + "/eviction", ROOT, body);
        assertThat(evicted.status()).as(evicted.body()).isEqualTo(200);
        assertThat(evicted.json().get("evictedEventIds")).hasSize(1);
        assertThat(sequence(http.get(LETTERS, ADMIN).json(), id)).isNull();
        assertThat(PoisonProjection.handled).doesNotContain("received " + id);

        JsonNode trail = Eventually.await(() -> http.get(
                "/api/v1/admin/audit?action=processing.dead_letters_evicted", ADMIN),
                r -> r.json().get("items").size() >= 1).json();
        assertThat(trail.findValuesAsText("reason")).contains("event from a retired product");
        assertThat(trail.findValuesAsText("subject")).contains("root@example.com");
    }

    @Test
    void badRequestsAreProblemsAndChangeNothing() {
        assertThat(http.get("/api/v1/admin/ops/processors/no-such/dead-letters", ADMIN).status()).isEqualTo(404);
        assertThat(http.get(LETTERS + "?limit=0", ADMIN).status()).isEqualTo(400);
        assertThat(http.post(LETTERS + "/retry", ADMIN, "{}").status()).isEqualTo(400);
        assertThat(http.post(LETTERS + "/retry", ADMIN, "{\"sequence\":\"fb_none\",\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(http.post(LETTERS + "/eviction", ROOT, "{\"sequence\":\"fb_none\",\"reason\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(http.get(LETTERS, INGEST).status()).isEqualTo(403);
    }
}
