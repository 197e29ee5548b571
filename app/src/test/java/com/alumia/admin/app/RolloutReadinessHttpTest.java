package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The rollout checklist: every check answers with a reason, areas without reports say so, and a failing check is no-go. */
class RolloutReadinessHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private static JsonNode check(JsonNode readiness, String name) {
        for (JsonNode c : readiness.get("checks")) {
            if (c.get("check").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no check " + name + " in " + readiness);
    }

    @Test
    void aDegradedTargetMakesItNoGo() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String org = "org-rollout-" + tag;
        assertThat(http.post("/api/v1/admin/orgs", ROOT, "{\"orgId\":\"" + org + "\",\"name\":\"Rollout\","
                                                         + "\"reason\":\"pilot\"}").status()).isEqualTo(201);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + org, ADMIN), r -> r.status() == 200);
        Http.Response target = http.post("/api/v1/admin/deployments/targets", ADMIN, """
                {"orgId":"%s","name":"Rollout %s","region":"eu-west-1","routingMode":"shared",
                 "isolationMode":"shared_schema","defaultHosts":["rollout-%s.enterprise.alumia.com"],
                 "migrationVersion":"1","reason":"r"}""".formatted(org, tag, tag));
        String id = target.json().get("targetId").asText();
        http.post("/api/v1/deployments/targets/" + id + "/health", TestTokens.token("svc-probe", "probe"),
                "{\"health\":\"degraded\"}");

        JsonNode readiness = Eventually.await(() -> http.get("/api/v1/admin/rollout/readiness", ADMIN),
                r -> r.status() == 200 && r.body().contains("Rollout " + tag + " (" + id + "): degraded")).json();
        assertThat(readiness.get("go").asBoolean()).isFalse();
        JsonNode targets = check(readiness, "deployment_targets");
        assertThat(targets.get("status").asText()).isEqualTo("failed");
        assertThat(targets.get("reason").asText()).contains("Rollout " + tag + " (" + id + "): degraded, incident open");
        for (String check : new String[] {"model_catalog", "runtime_queues", "sandbox_queues"}) {
            assertThat(check(readiness, check).get("status").asText()).as(check).isIn("passed", "failed", "no_data");
        }
        JsonNode views = check(readiness, "views_respond");
        assertThat(views.get("reason").asText()).contains("models").contains("usage spend").contains("connector events");
        assertThat(check(readiness, "connector_deliveries").get("status").asText()).isIn("passed", "failed");
        assertThat(readiness.get("checks").findValuesAsText("status")).doesNotContainNull();
        assertThat(http.get("/api/v1/admin/rollout/readiness?deliveryWindow=soon", ADMIN).status()).isEqualTo(400);
    }
}
