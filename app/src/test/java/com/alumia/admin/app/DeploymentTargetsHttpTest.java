package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Deployment targets over HTTP: registered by operators, modes changed with If-Match, health from probes. */
class DeploymentTargetsHttpTest extends ApiTest {

    private static final String TARGETS = "/api/v1/admin/deployments/targets";
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String PROBE = TestTokens.token("svc-probe", "probe");

    private Http.Response create(String org, String host) {
        return http.post(TARGETS, ADMIN, """
                {"orgId":"%s","name":"Acme EU","region":"eu-central-1","routingMode":"shared",
                 "isolationMode":"dedicated_database","defaultHosts":["%s"],"migrationVersion":"2026.11.24",
                 "reason":"enterprise onboarding"}""".formatted(org, host));
    }

    private JsonNode awaitTarget(String id, long version) {
        return Eventually.await(() -> http.get(TARGETS + "/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/target/version").asLong() == version).json().get("target");
    }

    @Test
    void aTargetIsRegisteredReroutedAndReportedOn() {
        assertThat(http.post("/api/v1/admin/orgs", ROOT,
                "{\"orgId\":\"org-deploy\",\"name\":\"Deploy Co\",\"reason\":\"pilot\"}").status()).isIn(201, 409);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/org-deploy", ADMIN), r -> r.status() == 200);

        assertThat(create("org-nowhere", "a.enterprise.alumia.com").status()).isEqualTo(404);
        assertThat(create("org-deploy", "not a host").status()).isEqualTo(400);
        assertThat(http.post(TARGETS, PROBE, "{}").status()).isEqualTo(403);
        Http.Response created = create("org-deploy", "Deploy.Enterprise.Alumia.com");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("targetId").asText();
        JsonNode target = awaitTarget(id, 0);
        assertThat(target.get("defaultHosts").get(0).asText()).isEqualTo("deploy.enterprise.alumia.com");
        assertThat(target.get("health").asText()).isEqualTo("unknown");

        Http.Response rerouted = http.request("POST", TARGETS + "/" + id + "/modes").token(ADMIN)
                                     .header("If-Match", "\"0\"")
                                     .json("{\"routingMode\":\"dedicated\",\"reason\":\"own edge for Acme\"}").send();
        assertThat(rerouted.status()).as(rerouted.body()).isEqualTo(200);
        assertThat(http.request("POST", TARGETS + "/" + id + "/modes").token(ADMIN).header("If-Match", "\"0\"")
                       .json("{\"isolationMode\":\"dedicated_cluster\",\"reason\":\"r\"}").send().status())
                .isEqualTo(412);

        String health = "/api/v1/deployments/targets/" + id + "/health";
        assertThat(http.post(health, ADMIN, "{\"health\":\"healthy\"}").status()).as("a probe's route")
                .isEqualTo(403);
        assertThat(http.post("/api/v1/deployments/targets/dt_nothing/health", PROBE, "{\"health\":\"healthy\"}")
                       .status()).isEqualTo(404);
        assertThat(http.post(health, PROBE, "{\"health\":\"degraded\",\"details\":{\"p99_ms\":\"840\"},"
                                            + "\"migrationVersion\":\"2026.11.25\"}").json().get("recorded")
                       .asBoolean()).isTrue();
        assertThat(http.post(health, PROBE, "{\"health\":\"degraded\",\"details\":{\"p99_ms\":\"850\"}}").json()
                       .get("recorded").asBoolean()).as("nothing changed").isFalse();
        JsonNode reported = awaitTarget(id, 3);
        assertThat(reported.get("routingMode").asText()).isEqualTo("dedicated");
        assertThat(reported.get("health").asText()).isEqualTo("degraded");
        assertThat(reported.at("/healthDetails/p99_ms").asText()).isEqualTo("840");
        assertThat(reported.get("migrationVersion").asText()).isEqualTo("2026.11.25");

        assertThat(http.get(TARGETS + "?orgId=org-deploy&health=degraded&routingMode=dedicated", ADMIN).json()
                       .get("items")).hasSize(1);
        assertThat(http.get(TARGETS + "?orgId=org-deploy&health=healthy", ADMIN).json().get("items")).isEmpty();
        JsonNode trail = http.get("/api/v1/admin/aggregates/" + id + "/events", ADMIN).json().get("events");
        assertThat(trail.findValuesAsText("action")).containsExactly("deployment.target_created",
                "deployment.modes_changed", "deployment.health_changed", "deployment.incident_opened");
        assertThat(trail.at("/1/reason").asText()).isEqualTo("own edge for Acme");
    }
}
