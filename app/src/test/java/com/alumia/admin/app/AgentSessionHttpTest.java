package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cancelling agent sessions over HTTP: a fresh super_admin asks with a reason, the runtime pulls what is pending and
 * confirms what it found, and the session's trail shows the request and its completion, both in the operator's name.
 */
class AgentSessionHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String RUNTIME = TestTokens.token("agent-runtime-eu1", "runtime");
    private static final String PENDING = "/api/v1/runtime/agent-sessions/cancellations";

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String org(String name) {
        return createOrg("org-" + name + "-" + tag, name);
    }

    private Http.Response cancel(String token, String session, String body) {
        return http.post("/api/v1/admin/agent-sessions/" + session + "/cancellation", token, body);
    }

    private Http.Response confirm(String token, String session, String body) {
        return http.post("/api/v1/runtime/agent-sessions/" + session + "/cancellation/confirmation", token, body);
    }


    @Test
    void anOperatorAsksTheRuntimeCarriesItOutAndTheTrailShowsBoth() {
        String org = org("agents");
        String session = "ses-a-" + tag;
        String later = "ses-b-" + tag;
        String body = "{\"orgId\":\"%s\",\"reason\":\"runaway tool loop\"}".formatted(org);

        Http.Response stale = cancel(TestTokens.staleSuperAdmin("root@example.com"), session, body);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.header("WWW-Authenticate")).contains("insufficient_user_authentication");
        assertThat(cancel(ADMIN, session, body).status()).isEqualTo(403);
        assertThat(cancel(RUNTIME, session, body).status()).isEqualTo(403);
        assertProblem(cancel(ROOT, session, "{\"orgId\":\"%s\"}".formatted(org)), 400, "validation");
        assertProblem(cancel(ROOT, session, "{\"orgId\":\"%s\",\"reason\":\"%s\"}".formatted(org, "x".repeat(2_001))),
                400, "validation");
        assertProblem(cancel(ROOT, "bad%20id", body), 400, "invalid_value");
        assertProblem(cancel(ROOT, session, body.replace(org, "org-nobody-" + tag)), 404, "org.unknown");
        assertThat(http.get("/api/v1/admin/aggregates/" + session + "/events", ADMIN).status())
                .as("refused, so nothing stored").isEqualTo(404);

        Http.Response requested = cancel(ROOT, session, body);
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
        assertThat(requested.json().get("state").asText()).isEqualTo("requested");
        assertThat(requested.json().get("changed").asBoolean()).isTrue();
        Http.Response repeated = cancel(ROOT, session, body);
        assertThat(repeated.status()).isEqualTo(202);
        assertThat(repeated.json().get("changed").asBoolean()).isFalse();
        assertThat(cancel(ROOT, later, body).status()).isEqualTo(202);

        JsonNode pending = Eventually.await(() -> http.get(PENDING + "?orgId=" + org, RUNTIME),
                r -> r.status() == 200 && r.json().get("items").size() == 2).json();
        assertThat(pending.findValuesAsText("sessionId")).as("oldest first").containsExactly(session, later);
        assertThat(http.get(PENDING + "?orgId=" + org + "&limit=1", RUNTIME).json().findValuesAsText("sessionId"))
                .containsExactly(session);
        assertThat(http.get(PENDING, ADMIN).status()).isEqualTo(403);

        assertThat(confirm(ROOT, session, "{\"outcome\":\"cancelled\"}").status()).isEqualTo(403);
        Http.Response confirmed = confirm(RUNTIME, session,
                "{\"outcome\":\"cancelled\",\"detail\":\"stopped at step 4\"}");
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("state").asText()).isEqualTo("completed");
        assertThat(confirmed.json().get("outcome").asText()).isEqualTo("cancelled");
        Http.Response confirmedAgain = confirm(RUNTIME, session, "{\"outcome\":\"cancelled\"}");
        assertThat(confirmedAgain.status()).isEqualTo(200);
        assertThat(confirmedAgain.json().get("changed").asBoolean()).isFalse();
        assertProblem(confirm(RUNTIME, session, "{\"outcome\":\"not_found\"}"), 409,
                "agent_session.cancellation_completed");
        Http.Response askedAgain = cancel(ROOT, session, body);
        assertThat(askedAgain.status()).as("done: answered as it stands").isEqualTo(200);
        assertThat(askedAgain.json().get("state").asText()).isEqualTo("completed");
        assertThat(askedAgain.json().get("changed").asBoolean()).isFalse();

        Eventually.await(() -> http.get(PENDING + "?orgId=" + org, RUNTIME),
                r -> r.json().findValuesAsText("sessionId").equals(List.of(later)));
        JsonNode all = http.get("/api/v1/admin/agent-sessions/cancellations?orgId=" + org, ADMIN).json();
        assertThat(all.findValuesAsText("sessionId")).as("newest first").containsExactly(later, session);
        JsonNode done = all.get("items").get(1);
        assertThat(done.get("state").asText()).isEqualTo("completed");
        assertThat(done.get("requestedBy").asText()).isEqualTo("root@example.com");
        assertThat(done.get("reason").asText()).isEqualTo("runaway tool loop");
        assertThat(done.get("outcome").asText()).isEqualTo("cancelled");
        assertThat(done.get("detail").asText()).isEqualTo("stopped at step 4");
        assertThat(done.get("confirmedBy").asText()).isEqualTo("agent-runtime-eu1");
        assertThat(Instant.parse(done.get("completedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(done.get("requestedAt").asText()));
        JsonNode firstPage = http.get("/api/v1/admin/agent-sessions/cancellations?orgId=" + org + "&limit=1", ADMIN)
                                 .json();
        JsonNode secondPage = http.get("/api/v1/admin/agent-sessions/cancellations?orgId=" + org + "&limit=1&cursor="
                                       + firstPage.get("nextCursor").asText(), ADMIN).json();
        assertThat(secondPage.findValuesAsText("sessionId")).containsExactly(session);
        assertThat(http.get("/api/v1/admin/agent-sessions/cancellations?orgId=" + org + "&state=requested", ADMIN)
                       .json().findValuesAsText("sessionId")).containsExactly(later);

        JsonNode trail = http.get("/api/v1/admin/aggregates/" + session + "/events", ADMIN).json().get("events");
        assertThat(trail.findValuesAsText("action")).containsExactly("agent.session_cancellation_requested",
                "agent.session_cancelled");
        for (JsonNode event : trail) {
            assertThat(event.at("/actor/subject").asText()).isEqualTo("root@example.com");
            assertThat(event.get("reason").asText()).isEqualTo("runaway tool loop");
            assertThat(event.at("/stepUp/ageSeconds").isNumber()).isTrue();
        }
        assertThat(trail.at("/1/request/requestId").asText()).as("the operator's request")
                .isEqualTo(trail.at("/0/request/requestId").asText());
        assertThat(trail.at("/1/request/requestId").asText()).isNotEqualTo(confirmed.header("X-Request-Id"));
        assertThat(trail.at("/1/payload/confirmedBy").asText()).isEqualTo("agent-runtime-eu1");
        assertThat(trail.at("/1/payload/outcome").asText()).isEqualTo("cancelled");
    }

    @Test
    void aConfirmationNobodyAskedForIsAProblemAndStoresNothing() {
        String session = "ses-unasked-" + tag;
        assertProblem(confirm(RUNTIME, session, "{\"outcome\":\"already_finished\"}"), 404,
                "agent_session.not_requested");
        assertThat(confirm(RUNTIME, session, "{\"outcome\":\"stopped\"}").status()).isEqualTo(400);
        assertProblem(confirm(RUNTIME, session, "{}"), 400, "validation");
        assertProblem(confirm(RUNTIME, session, "{\"outcome\":\"cancelled\",\"detail\":\"%s\"}"
                .formatted("d".repeat(2_001))), 400, "validation");
        assertThat(http.get("/api/v1/admin/aggregates/" + session + "/events", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void aSuspendedOrgsSessionsCanStillBeCancelled() {
        String org = org("suspended");
        assertThat(http.post("/api/v1/admin/orgs/" + org + "/suspension", ROOT, "{\"reason\":\"abuse\"}").status())
                .isEqualTo(200);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + org, ADMIN),
                r -> r.json().at("/org/status").asText().equals("suspended"));
        Http.Response requested = cancel(ROOT, "ses-s-" + tag, "{\"orgId\":\"%s\",\"reason\":\"abuse\"}"
                .formatted(org));
        assertThat(requested.status()).as(requested.body()).isEqualTo(202);
    }
}
