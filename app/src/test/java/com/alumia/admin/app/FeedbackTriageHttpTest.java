package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackTriageHttpTest extends ApiTest {

    private static final String INGEST = TestTokens.token("svc-feedback", "ingest");

    private String ingest(String org, String text) {
        Http.Response created = http.post("/api/v1/feedback", INGEST, """
                {"orgId":"%s","userId":"u-1","text":"%s","context":{"url":"https://app.example.com/settings"}}
                """.formatted(org, text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("feedbackId").asText();
    }

    private JsonNode awaitItem(String id, String status) {
        return Eventually.await(() -> http.get("/api/v1/admin/feedback/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/status").asText().equals(status)).json();
    }

    @Test
    void operatorMovesAnItemThroughTheWholeWorkflowAndTheTrailShowsWhoDidWhat() {
        String id = ingest("org-acme", "Export to CSV fails with error 500 for every report since Monday");
        JsonNode item = awaitItem(id, "open");
        assertThat(item.at("/summary/category").asText()).isEqualTo("actionable");
        assertThat(item.at("/classification/probeClass").asText()).isEqualTo("none");

        // Its own token, so the recorded step-up age is measured from an authentication this test knows.
        String operator = TestTokens.mint("ops@example.com", java.time.Duration.ofSeconds(40), null, "admin");
        long version = item.at("/summary/version").asLong();
        for (String target : new String[]{"triaged", "in_progress", "done", "archived"}) {
            Http.Response moved = http.request("POST", "/api/v1/admin/feedback/" + id + "/transitions")
                    .token(operator).header("If-Match", "\"" + version + "\"")
                    .json("{\"to\":\"" + target + "\",\"note\":\"step " + target + "\"}").send();
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
            assertThat(moved.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
            version = moved.json().get("version").asLong();
        }
        JsonNode archived = awaitItem(id, "archived");
        assertThat(archived.at("/history")).hasSize(5);
        assertThat(archived.at("/history/1/action").asText()).isEqualTo("feedback.triaged");
        assertThat(archived.at("/history/1/actor/subject").asText()).isEqualTo("ops@example.com");

        JsonNode trail = Eventually.await(
                () -> http.get("/api/v1/admin/audit?aggregateId=" + id, ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 5).json();
        JsonNode triaged = trail.at("/items/1");
        assertThat(triaged.get("action").asText()).isEqualTo("feedback.triaged");
        assertThat(triaged.at("/actor/subject").asText()).isEqualTo("ops@example.com");
        assertThat(triaged.at("/actor/roles/0").asText()).isEqualTo("admin");
        assertThat(triaged.at("/stepUp/ageSeconds").asLong()).isBetween(40L, 160L);
        assertThat(triaged.at("/request/requestId").asText()).isNotBlank();
        assertThat(triaged.at("/payload/note").asText()).isEqualTo("step triaged");

        JsonNode byOrg = http.get("/api/v1/admin/audit?orgId=org-acme&action=feedback.archived", ADMIN).json();
        assertThat(byOrg.get("items")).hasSize(1);
    }

    @Test
    void aTransitionTheWorkflowForbidsIsAConflictNamingTheAllowedOnes() {
        String id = ingest("org-acme", "The dashboard chart is wrong for March");
        awaitItem(id, "open");
        Http.Response refused = http.request("POST", "/api/v1/admin/feedback/" + id + "/transitions")
                .token(ADMIN).header("If-Match", "\"0\"").json("{\"to\":\"done\"}").send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("urn:alumia:problem:feedback.transition_not_allowed");
        assertThat(refused.json().get("allowed").get(0).asText()).isEqualTo("triaged");
    }

    @Test
    void aStaleIfMatchIsRefusedAndAMissingOneIsRequired() {
        String id = ingest("org-acme", "Search misses results with accents");
        awaitItem(id, "open");
        Http.Response missing = http.post("/api/v1/admin/feedback/" + id + "/transitions", ADMIN,
                                          "{\"to\":\"triaged\"}");
        assertThat(missing.status()).isEqualTo(428);
        Http.Response stale = http.request("POST", "/api/v1/admin/feedback/" + id + "/transitions")
                .token(ADMIN).header("If-Match", "\"7\"").json("{\"to\":\"triaged\"}").send();
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("currentVersion").asLong()).isZero();
        assertThat(awaitItem(id, "open").at("/summary/version").asLong()).isZero();
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() {
        Http.Response invalid = http.post("/api/v1/feedback", INGEST, "{\"orgId\":\"\",\"text\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("errors")).hasSize(2);
        Http.Response malformed = http.post("/api/v1/feedback", INGEST, "{\"orgId\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");
        Http.Response badOrg = http.post("/api/v1/feedback", INGEST, "{\"orgId\":\"no spaces\",\"text\":\"x\"}");
        assertThat(badOrg.status()).isEqualTo(400);
        Http.Response unknown = http.request("POST", "/api/v1/admin/feedback/fb_missing/transitions")
                .token(ADMIN).header("If-Match", "\"0\"").json("{\"to\":\"triaged\"}").send();
        assertThat(unknown.status()).isEqualTo(404);
        Http.Response badStatus = http.request("POST", "/api/v1/admin/feedback/fb_x/transitions")
                .token(ADMIN).header("If-Match", "\"0\"").json("{\"to\":\"gone\"}").send();
        assertThat(badStatus.status()).isEqualTo(400);
        Http.Response badQuery = http.get("/api/v1/admin/feedback?status=sideways", ADMIN);
        assertThat(badQuery.status()).isEqualTo(400);
        Http.Response badCursor = http.get("/api/v1/admin/feedback?cursor=bm9wZQ", ADMIN);
        assertThat(badCursor.status()).isEqualTo(400);
    }

    @Test
    void theQueueFiltersSortsBySeverityAndPagesWithACursor() {
        String org = "org-paging";
        String probe = ingest(org, "' UNION SELECT username, password FROM users--");
        String praise = ingest(org, "Love the new look");
        String bug = ingest(org, "Payment page crashes for all users when paying by card");
        JsonNode first = Eventually.await(() -> http.get("/api/v1/admin/feedback?orgId=" + org + "&limit=2", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 2
                     && r.json().hasNonNull("nextCursor")).json();
        JsonNode second = http.get("/api/v1/admin/feedback?orgId=" + org + "&limit=2&cursor="
                                   + first.get("nextCursor").asText(), ADMIN).json();
        assertThat(second.get("items")).hasSize(1);
        assertThat(second.get("items").get(0).get("feedbackId").asText()).isEqualTo(praise);
        assertThat(java.util.List.of(first.at("/items/0/feedbackId").asText(),
                                     first.at("/items/1/feedbackId").asText())).containsExactlyInAnyOrder(probe, bug);
        JsonNode sql = http.get("/api/v1/admin/feedback?orgId=" + org + "&classification=sql", ADMIN).json();
        assertThat(sql.get("items")).hasSize(1);
        assertThat(sql.at("/items/0/feedbackId").asText()).isEqualTo(probe);
        JsonNode text = http.get("/api/v1/admin/feedback?orgId=" + org + "&q=PAYMENT", ADMIN).json();
        assertThat(text.at("/items/0/feedbackId").asText()).isEqualTo(bug);
    }

    @Test
    void aLongTextShowsInTheQueueAsAnExcerptThatNeverSplitsACharacter() {
        String org = "org-excerpt";
        ingest(org, "\uD83D\uDE00".repeat(150) + "a".repeat(100));
        String expected = "\uD83D\uDE00".repeat(150) + "a".repeat(50) + "\u2026";
        JsonNode live = Eventually.await(() -> http.get("/api/v1/admin/feedback?orgId=" + org, ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 1).json();
        assertThat(live.at("/items/0/excerpt").asText()).isEqualTo(expected);
        JsonNode then = http.get("/api/v1/admin/feedback?orgId=" + org + "&asOf=" + java.time.Instant.now(), ADMIN)
                .json();
        assertThat(then.at("/items/0/excerpt").asText()).isEqualTo(expected);
    }

    @Test
    void aBurstOfTheSameProbeIsOneGroupTriagedOnceByAFreshSuperAdmin() {
        for (int i = 1; i <= 3; i++) {
            ingest("org-" + i, "<script>alert(" + i + ")</script>");
        }
        JsonNode groups = Eventually.await(() -> http.get("/api/v1/admin/feedback/groups?classification=script",
                        ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() >= 1
                     && r.json().at("/items/0/size").asLong() == 3).json();
        String fingerprint = groups.at("/items/0/fingerprint").asText();
        assertThat(groups.at("/items/0/orgCount").asLong()).isEqualTo(3);

        String body = "{\"to\":\"triaged\",\"reason\":\"known scanner burst\"}";
        Http.Response stale = http.post("/api/v1/admin/feedback/groups/" + fingerprint + "/transitions",
                TestTokens.staleSuperAdmin("root@example.com"), body);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.header("WWW-Authenticate")).contains("insufficient_user_authentication").contains("max_age=300");

        Http.Response applied = http.post("/api/v1/admin/feedback/groups/" + fingerprint + "/transitions",
                TestTokens.freshSuperAdmin("root@example.com"), body);
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json().get("applied").asInt()).isEqualTo(3);

        JsonNode security = http.get("/api/v1/admin/feedback/security", ADMIN).json();
        assertThat(security.get("families").findValuesAsText("probeClass")).contains("script");
        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=feedback.triaged&actor=root@example.com", ADMIN),
                r -> r.json().get("items").size() == 3).json();
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("known scanner burst");
    }

    @Test
    void groupTotalsStayExactWhenManyItemsOfOneGroupLandOnBothSegmentsAtOnce() throws Exception {
        int members = 40;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.List<java.util.concurrent.Future<String>> sent = new java.util.ArrayList<>();
            for (int i = 0; i < members; i++) {
                String org = "org-burst-" + (i % 10);
                sent.add(pool.submit(() -> ingest(org, "../../etc/passwd burst")));
            }
            for (java.util.concurrent.Future<String> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        JsonNode group = Eventually.await(() -> http.get("/api/v1/admin/feedback/groups?classification=path", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 1
                     && r.json().at("/items/0/size").asLong() == members).json().at("/items/0");
        assertThat(group.get("openCount").asLong()).isEqualTo(members);
        assertThat(group.get("orgCount").asLong()).isEqualTo(10);
    }

    @Test
    void aRetriedIngestWithTheSameIdempotencyKeyReturnsTheStoredResponse() {
        String body = "{\"orgId\":\"org-idem\",\"text\":\"Typo on the pricing page\"}";
        Http.Response first = http.request("POST", "/api/v1/feedback").token(INGEST)
                                  .header("Idempotency-Key", "k-1").json(body).send();
        Http.Response again = http.request("POST", "/api/v1/feedback").token(INGEST)
                                  .header("Idempotency-Key", "k-1").json(body).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("feedbackId")).isEqualTo(first.json().get("feedbackId"));
        Http.Response other = http.request("POST", "/api/v1/feedback").token(INGEST)
                                  .header("Idempotency-Key", "k-1").json(body.replace("Typo", "Another typo")).send();
        assertThat(other.status()).isEqualTo(422);
        JsonNode queue = Eventually.await(() -> http.get("/api/v1/admin/feedback?orgId=org-idem", ADMIN),
                r -> r.json().get("items").size() >= 1).json();
        assertThat(queue.get("items")).hasSize(1);
    }

    @Test
    void theRawStreamIsNdjsonInGlobalOrderAndResumable() {
        String id = ingest("org-stream", "Dark mode please");
        awaitItem(id, "open");
        Http.Response all = http.get("/api/v1/admin/events?after=0", ADMIN);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("application/x-ndjson");
        String[] lines = java.util.Arrays.stream(all.body().split("\n"))
                                         .filter(l -> l.startsWith("{\"position\"")).toArray(String[]::new);
        long previous = 0;
        for (String line : lines) {
            long position = new Http.Response(200, java.util.Map.of(), line).json().get("position").asLong();
            assertThat(position).isGreaterThan(previous);
            previous = position;
        }
        String last = lines[lines.length - 1];
        JsonNode event = new Http.Response(200, java.util.Map.of(), last).json();
        assertThat(event.get("type").asText()).endsWith("FeedbackReceivedEvent");
        assertThat(event.at("/metadata/actor").asText()).isEqualTo("svc-feedback");
        assertThat(event.at("/payload/text").asText()).isEqualTo("Dark mode please");
        Http.Response resumed = http.get("/api/v1/admin/events?after=" + (previous - 1), ADMIN);
        assertThat(resumed.body().strip().split("\n"))
                .filteredOn(l -> l.startsWith("{\"position\"")).hasSize(1);
    }
}
