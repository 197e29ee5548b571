package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Spend requests over HTTP: an agent asks, operators approve in part or decline, each once. */
class SpendRequestHttpTest extends ApiTest {

    private static final String AGENT = TestTokens.token("svc-agents", "agent");
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String ADMIN_PATH = "/api/v1/admin/agent-wallet/spend-requests/";

    private Http.Response ask(String token, String org, long amount) {
        return http.post("/api/v1/wallet/spend-requests", token, """
                {"orgId":"%s","agentId":"agent-7","amount":%d,"currency":"usd","merchantName":"OpenAI",
                 "purpose":"API credits for the research run","expiresAt":"%s"}"""
                .formatted(org, amount, Instant.now().plusSeconds(3600)));
    }

    private Http.Response decide(String id, String action, String ifMatch, String body) {
        return http.request("POST", ADMIN_PATH + id + "/" + action).token(ADMIN).header("If-Match", ifMatch)
                   .json(body).send();
    }


    @Test
    void anAgentAsksAndAnOperatorApprovesPartOfItOnce() {
        Http.Response org = http.post("/api/v1/admin/orgs", ROOT,
                "{\"orgId\":\"org-spend\",\"name\":\"Spend Co\",\"reason\":\"wallet pilot\"}");
        assertThat(org.status()).isIn(201, 409);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/org-spend", ADMIN), r -> r.status() == 200);

        assertProblem(ask(AGENT, "org-nowhere", 5_000), 404, "org.unknown");
        assertProblem(ask(AGENT, "org-spend", 0), 400, "wallet.amount_not_positive");
        assertThat(ask(ADMIN, "org-spend", 5_000).status()).as("an agent's route").isEqualTo(403);
        Http.Response asked = ask(AGENT, "org-spend", 5_000);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("requestId").asText();

        assertProblem(decide(id, "approval", "\"0\"", "{\"amount\":6000,\"reason\":\"r\"}"), 400,
                "wallet.approval_amount");
        assertThat(decide(id, "approval", "\"0\"", "{\"amount\":3000}").status()).as("a reason is required")
                .isEqualTo(400);
        Http.Response approved = decide(id, "approval", "\"0\"",
                "{\"amount\":3000,\"reason\":\"half now, the rest after review\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertProblem(decide(id, "decline", "\"1\"", "{\"reason\":\"changed my mind\"}"), 409,
                "wallet.request_decided");

        JsonNode events = http.get("/api/v1/admin/aggregates/" + id + "/events", ADMIN).json().get("events");
        assertThat(events.findValuesAsText("action")).containsExactly("wallet.spend_requested",
                "wallet.spend_approved");
        assertThat(events.at("/1/payload/approved").asLong()).isEqualTo(3000);
        assertThat(events.at("/1/reason").asText()).isEqualTo("half now, the rest after review");
        assertThat(events.at("/1/actor/subject").asText()).isEqualTo("ops@example.com");

        String other = ask(AGENT, "org-spend", 900).json().get("requestId").asText();
        assertThat(decide(other, "decline", "\"0\"", "{\"reason\":\"not a work expense\"}").status())
                .isEqualTo(200);
    }
}
