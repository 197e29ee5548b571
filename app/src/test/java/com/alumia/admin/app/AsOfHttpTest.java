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
