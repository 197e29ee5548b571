package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * History as of an instant: an aggregate's events and version then, and a feedback item as it stood, read from the
 * log without touching the live view.
 */
class AsOfHttpTest extends ApiTest {

    private static final String INGEST = TestTokens.token("svc-feedback", "ingest");

    private Instant occurredAt(JsonNode events, int index) {
        return Instant.parse(events.at("/events/" + index + "/occurredAt").asText());
    }

    private void step(String id, String path, String method, String body) throws InterruptedException {
        Thread.sleep(5); // distinct event timestamps (milliseconds) for each step
        Http.Response r = http.request(method, "/api/v1/admin/feedback/" + id + path).token(ADMIN)
                              .header("If-Match", "*").json(body).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    @Test
    void anItemAndItsAggregateReadAsTheyWereAtEachStep() throws InterruptedException {
        Http.Response created = http.post("/api/v1/feedback", INGEST,
                "{\"orgId\":\"org-asof\",\"userId\":\"u-1\",\"text\":\"Charts render blank at 03:12\"}");
        String id = created.json().get("feedbackId").asText();
        step(id, "/transitions", "POST", "{\"to\":\"triaged\",\"note\":\"looking\"}");
        step(id, "/assignee", "PUT", "{\"assignee\":\"ana\"}");

        JsonNode all = http.get("/api/v1/admin/aggregates/" + id + "/events", ADMIN).json();
        assertThat(all.get("aggregateType").asText()).isEqualTo("Feedback");
        assertThat(all.get("version").asLong()).isEqualTo(2);
        assertThat(all.get("events")).hasSize(3);
        Instant received = occurredAt(all, 0);
        Instant triaged = occurredAt(all, 1);

        JsonNode atTriage = http.get("/api/v1/admin/aggregates/" + id + "/events?asOf=" + triaged, ADMIN).json();
        assertThat(atTriage.get("version").asLong()).isEqualTo(1);
        assertThat(atTriage.get("events")).hasSize(2);
        assertThat(atTriage.at("/events/1/action").asText()).isEqualTo("feedback.triaged");

        Http.Response thenOpen = http.get("/api/v1/admin/feedback/" + id + "?asOf=" + received, ADMIN);
        assertThat(thenOpen.status()).isEqualTo(200);
        assertThat(thenOpen.json().at("/summary/status").asText()).isEqualTo("open");
        assertThat(thenOpen.json().at("/summary/version").asLong()).isZero();
        assertThat(thenOpen.json().get("history")).hasSize(1);
        assertThat(thenOpen.header("ETag")).as("a past state cannot be changed").isNull();

        JsonNode thenTriaged = http.get("/api/v1/admin/feedback/" + id + "?asOf=" + triaged, ADMIN).json();
        assertThat(thenTriaged.at("/summary/status").asText()).isEqualTo("triaged");
        assertThat(thenTriaged.at("/summary/assignee").isMissingNode()
                   || thenTriaged.at("/summary/assignee").isNull()).isTrue();

        Http.Response now = Eventually.await(() -> http.get("/api/v1/admin/feedback/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/version").asLong() == 2);
        assertThat(now.json().at("/summary/assignee").asText()).isEqualTo("ana");
        assertThat(now.header("ETag")).isEqualTo("\"2\"");
        JsonNode folded = http.get("/api/v1/admin/feedback/" + id + "?asOf=" + Instant.now(), ADMIN).json();
        assertThat(folded.get("summary")).as("the fold of every event is the live item").isEqualTo(
                now.json().get("summary"));

        assertThat(http.get("/api/v1/admin/feedback/" + id + "?asOf=" + received.minusSeconds(1), ADMIN).status())
                .isEqualTo(404);
        assertThat(http.get("/api/v1/admin/aggregates/" + id + "/events?asOf=" + received.minusSeconds(1), ADMIN)
                       .status()).isEqualTo(404);
    }

    private String ingest(String org, String text) {
        Http.Response created = http.post("/api/v1/feedback", INGEST,
                "{\"orgId\":\"%s\",\"userId\":\"u-1\",\"text\":\"%s\"}".formatted(org, text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("feedbackId").asText();
    }

    private JsonNode queue(String query) {
        Http.Response r = http.get("/api/v1/admin/feedback?orgId=org-asof-queue&" + query, ADMIN);
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        return r.json().get("items");
    }

    private static String ids(JsonNode items) {
        StringBuilder out = new StringBuilder();
        items.forEach(i -> out.append(out.isEmpty() ? "" : " ").append(i.get("feedbackId").asText()).append('=')
                                 .append(i.get("status").asText()));
        return out.toString();
    }

    @Test
    void theQueueReadsAsItWasAtEachStepWithItsFiltersAndOrder() throws InterruptedException {
        String first = ingest("org-asof-queue", "Billing page times out");
        Thread.sleep(5);
        String second = ingest("org-asof-queue", "Logo blurry on retina screens");
        step(first, "/transitions", "POST", "{\"to\":\"triaged\"}");
        step(second, "/assignee", "PUT", "{\"assignee\":\"bo\"}");
        step(first, "/transitions", "POST", "{\"to\":\"in_progress\"}");
        JsonNode firstEvents = http.get("/api/v1/admin/aggregates/" + first + "/events", ADMIN).json();
        Instant receivedFirst = occurredAt(firstEvents, 0);
        Instant triagedFirst = occurredAt(firstEvents, 1);
        Instant now = Instant.now();
        Eventually.await(() -> queue("status=in_progress"), items -> items.size() == 1);

        assertThat(ids(queue("asOf=" + receivedFirst.minusSeconds(1)))).isEmpty();
        assertThat(ids(queue("asOf=" + receivedFirst))).isEqualTo(first + "=open");
        assertThat(ids(queue("sort=oldest&asOf=" + triagedFirst)))
                .isEqualTo(first + "=triaged " + second + "=open");
        assertThat(ids(queue("status=open&asOf=" + triagedFirst))).isEqualTo(second + "=open");
        assertThat(ids(queue("assignee=bo&asOf=" + triagedFirst))).as("assigned only later").isEmpty();
        assertThat(ids(queue("assignee=bo&asOf=" + now))).isEqualTo(second + "=open");
        assertThat(ids(queue("sort=oldest&asOf=" + now))).isEqualTo(first + "=in_progress " + second + "=open");
        // Paging works on past states as on the live queue.
        Http.Response page = http.get("/api/v1/admin/feedback?orgId=org-asof-queue&sort=oldest&limit=1&asOf="
                                      + now, ADMIN);
        assertThat(ids(page.json().get("items"))).isEqualTo(first + "=in_progress");
        String cursor = page.json().get("nextCursor").asText();
        assertThat(ids(queue("sort=oldest&limit=1&cursor=" + cursor + "&asOf=" + now)))
                .isEqualTo(second + "=open");
        // The live queue is the same as the queue as of now.
        assertThat(queue("sort=oldest")).isEqualTo(queue("sort=oldest&asOf=" + now));
        assertThat(http.get("/api/v1/admin/feedback?asOf=last-tuesday", ADMIN).status()).isEqualTo(400);
    }

    @Test
    void badInstantsAndUnknownAggregatesAreProblems() {
        assertThat(http.get("/api/v1/admin/feedback/fb_x?asOf=yesterday", ADMIN).status()).isEqualTo(400);
        assertThat(http.get("/api/v1/admin/aggregates/nothing-here/events", ADMIN).status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/aggregates/nothing-here/events?asOf=soon", ADMIN).status())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/admin/aggregates/nothing-here/events", TestTokens.token("svc", "ingest"))
                       .status()).isEqualTo(403);
    }
}
