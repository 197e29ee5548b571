package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AlertAndPlatformHttpTest extends ApiTest {

    private static final String INGEST = TestTokens.token("svc-scheduler", "ingest");

    private String raise(String org, String kind, String title) {
        Http.Response raised = http.post("/api/v1/alerts", INGEST, """
                {"orgId":"%s","kind":"%s","severity":"high","title":"%s","source":"scheduler"}
                """.formatted(org, kind, title));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(raised.header("ETag")).isEqualTo("\"0\"");
        return raised.json().get("alertId").asText();
    }

    private JsonNode awaitAlert(String id, String status) {
        return Eventually.await(() -> http.get("/api/v1/admin/alerts/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/status").asText().equals(status)).json();
    }

    @Test
    void anAlertIsRaisedAcknowledgedAndResolvedWithItsHistory() {
        String id = raise("org-alerts", "schedule_failed", "Nightly export failed");
        JsonNode open = awaitAlert(id, "open");
        assertThat(open.at("/summary/kind").asText()).isEqualTo("schedule_failed");

        Http.Response ack = http.request("POST", "/api/v1/admin/alerts/" + id + "/acknowledgement").token(ADMIN)
                .header("If-Match", "\"0\"").json("{\"note\":\"looking\"}").send();
        assertThat(ack.status()).as(ack.body()).isEqualTo(200);
        assertThat(ack.header("ETag")).isEqualTo("\"1\"");
        Http.Response again = http.request("POST", "/api/v1/admin/alerts/" + id + "/acknowledgement").token(ADMIN)
                .header("If-Match", "\"1\"").json("{}").send();
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asText()).isEqualTo("urn:alumia:problem:alert.transition_not_allowed");
        Http.Response stale = http.request("POST", "/api/v1/admin/alerts/" + id + "/resolution").token(ADMIN)
                .header("If-Match", "\"0\"").json("{}").send();
        assertThat(stale.status()).isEqualTo(412);
        Http.Response resolved = http.request("POST", "/api/v1/admin/alerts/" + id + "/resolution").token(ADMIN)
                .header("If-Match", "\"1\"").json("{\"note\":\"re-ran it\"}").send();
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);

        JsonNode done = awaitAlert(id, "resolved");
        assertThat(done.get("history")).hasSize(3);
        assertThat(done.at("/history/2/action").asText()).isEqualTo("alert.resolved");
        assertThat(done.at("/history/2/actor/subject").asText()).isEqualTo("ops@example.com");
    }

    @Test
    void theAlertListFiltersByStatusKindAndOrg() {
        String failed = raise("org-alert-list", "schedule_failed", "Backup failed");
        String usage = raise("org-alert-list", "usage_event", "Usage spike");
        awaitAlert(usage, "open");
        awaitAlert(failed, "open");
        JsonNode byKind = http.get("/api/v1/admin/alerts?orgId=org-alert-list&kind=usage_event", ADMIN).json();
        assertThat(byKind.get("items")).hasSize(1);
        assertThat(byKind.at("/items/0/alertId").asText()).isEqualTo(usage);
        JsonNode byStatus = http.get("/api/v1/admin/alerts?orgId=org-alert-list&status=open&limit=1", ADMIN).json();
        assertThat(byStatus.get("items")).hasSize(1);
        assertThat(byStatus.hasNonNull("nextCursor")).isTrue();
        JsonNode next = http.get("/api/v1/admin/alerts?orgId=org-alert-list&status=open&limit=1&cursor="
                                 + byStatus.get("nextCursor").asText(), ADMIN).json();
        assertThat(List.of(byStatus.at("/items/0/alertId").asText(), next.at("/items/0/alertId").asText()))
                .as("the second page starts strictly after the first").containsExactlyInAnyOrder(failed, usage);
        assertThat(next.hasNonNull("nextCursor")).isFalse();
    }

    @Test
    void badAlertInputAndUnknownTargetsAreProblems() {
        Http.Response invalid = http.post("/api/v1/alerts", INGEST, "{\"orgId\":\"org-x\",\"kind\":\"weather\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        Http.Response missingTitle = http.post("/api/v1/alerts", INGEST,
                "{\"orgId\":\"org-x\",\"kind\":\"usage_event\",\"source\":\"s\"}");
        assertThat(missingTitle.status()).isEqualTo(400);
        assertThat(missingTitle.json().get("errors").findValuesAsText("field")).contains("title");
        Http.Response unknown = http.request("POST", "/api/v1/admin/alerts/al_missing/acknowledgement")
                .token(ADMIN).header("If-Match", "\"0\"").json("{}").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(http.get("/api/v1/admin/alerts/al_missing", ADMIN).status()).isEqualTo(404);
        Http.Response noGroup = http.post("/api/v1/admin/feedback/groups/0000000000000000/transitions",
                TestTokens.freshSuperAdmin("root@example.com"), "{\"to\":\"triaged\",\"reason\":\"scanner\"}");
        assertThat(noGroup.status()).isEqualTo(404);
        assertThat(noGroup.header("Content-Type")).startsWith("application/problem+json");
        Http.Response noReason = http.post("/api/v1/admin/feedback/groups/0000000000000000/transitions",
                TestTokens.freshSuperAdmin("root@example.com"), "{\"to\":\"triaged\"}");
        assertThat(noReason.status()).isEqualTo(400);
    }

    @Test
    void theApiIsDocumentedAndMetricsShowCommandsAndProcessors() {
        raise("org-metrics", "message_event", "Queue drained");
        JsonNode docs = http.get("/v3/api-docs", null).json();
        assertThat(docs.get("paths").has("/api/v1/admin/feedback/{feedbackId}/transitions")).isTrue();
        assertThat(docs.get("paths").has("/api/v1/admin/audit")).isTrue();
        assertThat(http.get("/actuator/health/readiness", null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/prometheus", null).status()).isEqualTo(401);
        String metrics = Eventually.await(() -> http.get("/actuator/prometheus", ADMIN),
                r -> r.status() == 200 && r.body().contains("feedback_queue_latency")).body();
        assertThat(metrics).contains("commandBus_successCounter_total").contains("alerts_latency")
                .contains("audit_log_processedCounter_total");
    }

    @Test
    void theProcessorsScreenShowsEveryProcessorAgainstTheHead() {
        raise("org-ops", "usage_event", "Usage spike");
        JsonNode overview = Eventually.await(() -> http.get("/api/v1/admin/ops/processors", ADMIN),
                r -> r.status() == 200 && r.json().findValuesAsText("name").contains("alerts")
                     && r.json().get("processors").findValues("lagEvents").stream().allMatch(l -> l.asLong() == 0))
                .json();
        assertThat(overview.get("head").asLong()).isPositive();
        assertThat(overview.get("processors").findValuesAsText("name"))
                .contains("alerts", "audit-log", "feedback-queue");
        JsonNode audit = null;
        for (JsonNode p : overview.get("processors")) {
            if (p.get("name").asText().equals("audit-log")) {
                audit = p;
            }
        }
        assertThat(audit).isNotNull();
        assertThat(audit.get("mode").asText()).isEqualTo("tracking");
        assertThat(audit.get("running").asBoolean()).isTrue();
        assertThat(audit.get("error").asBoolean()).isFalse();
        assertThat(audit.get("position").asLong()).isEqualTo(overview.get("head").asLong());
        assertThat(audit.get("lagSeconds").asDouble()).isZero();
        assertThat(audit.get("etaSeconds").asDouble()).isZero();
        assertThat(audit.get("deadLetters").asLong()).isZero();
        assertThat(audit.at("/segments/0/owner").asText()).isNotBlank();
        assertThat(audit.at("/segments/0/local").asBoolean()).isTrue();
        assertThat(audit.at("/segments/0/caughtUp").asBoolean()).isTrue();
        assertThat(http.get("/api/v1/admin/ops/processors", INGEST).status()).isEqualTo(403);
    }

    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    DataSource dataSource;

    @Test
    void aStoppedProcessorShowsItsLagInEventsAndTime() throws InterruptedException {
        EventProcessor alerts = processing.eventProcessor("alerts").orElseThrow();
        alerts.shutDown();
        try {
            raise("org-ops-lag", "message_event", "Queue stalled");
            Thread.sleep(1_100);
            JsonNode overview = http.get("/api/v1/admin/ops/processors", ADMIN).json();
            JsonNode status = null;
            for (JsonNode p : overview.get("processors")) {
                if (p.get("name").asText().equals("alerts")) {
                    status = p;
                }
            }
            assertThat(status).isNotNull();
            assertThat(status.get("running").asBoolean()).isFalse();
            assertThat(status.get("lagEvents").asLong()).isPositive();
            assertThat(status.get("lagSeconds").asDouble()).isGreaterThanOrEqualTo(1.0);
            assertThat(status.has("etaSeconds")).as("no rate while stopped, so no ETA").isFalse();
            assertThat(status.at("/segments/0/local").asBoolean()).isFalse();
        } finally {
            alerts.start();
        }
    }

    @Test
    void aRebuildEmptiesAndReplaysAProjectionAndTheTrailSaysWhoAskedAndWhy() {
        String alert = raise("org-rebuild", "schedule_completed", "Nightly export done");
        awaitAlert(alert, "open");
        // The view drifts from the log (as after a bug); a rebuild must bring back what the log says.
        new JdbcTemplate(dataSource).update("UPDATE alert SET title = 'drifted' WHERE alert_id = ?", alert);
        assertThat(awaitAlert(alert, "open").at("/summary/title").asText()).isEqualTo("drifted");
        String root = TestTokens.freshSuperAdmin("root@example.com");
        assertThat(http.post("/api/v1/admin/ops/processors/alerts/rebuild", root, "{}").status()).isEqualTo(400);
        assertThat(http.post("/api/v1/admin/ops/processors/nothing/rebuild", root,
                "{\"reason\":\"test\"}").status()).isEqualTo(404);
        assertThat(http.post("/api/v1/admin/ops/processors/alerts/rebuild", ADMIN,
                "{\"reason\":\"test\"}").status()).isEqualTo(403);

        Http.Response started = http.post("/api/v1/admin/ops/processors/alerts/rebuild", root,
                "{\"reason\":\"alert view out of date after the migration\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        assertThat(started.json().get("name").asText()).isEqualTo("alerts");

        Eventually.await(() -> http.get("/api/v1/admin/alerts/" + alert, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/title").asText().equals("Nightly export done"));
        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=projection.rebuild_requested",
                ADMIN), r -> r.status() == 200 && r.json().get("items").size() >= 1).json();
        assertThat(trail.at("/items/0/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("alert view out of date after the migration");
        assertThat(trail.at("/items/0/payload/processor").asText()).isEqualTo("alerts");
        assertThat(trail.at("/items/0/stepUp/ageSeconds").asLong()).isBetween(0L, 300L);
    }
}
