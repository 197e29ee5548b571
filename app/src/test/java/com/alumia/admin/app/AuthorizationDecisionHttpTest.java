package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's real-time authorization requests answered by our rules: covered by an approved spend request (and only
 * for what is left of it), refused by the wallet kill switch, refused when nothing covers it or the card belongs to
 * no wallet; each answer recorded with its rule, and the same answer when Stripe asks again.
 */
@TestPropertySource(properties = "alumia.stripe.webhook-secret=" + StripeWebhookHttpTest.SECRET)
class AuthorizationDecisionHttpTest extends ApiTest {

    private static final String AGENT = TestTokens.token("svc-agents", "agent");
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private Http.Response ask(String authorizationId, long amount, String merchant, boolean walletCard)
            throws Exception {
        String metadata = walletCard ? "{\"org_id\":\"org-decide\",\"agent_id\":\"agent-9\"}" : "{}";
        String payload = """
                {"id":"evt_%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_authorization.request",
                 "data":{"object":{"id":"%s","object":"issuing.authorization","amount":0,"currency":"usd",
                 "approved":false,"status":"pending","created":%d,"livemode":false,
                 "pending_request":{"amount":%d,"currency":"usd","is_amount_controllable":false},
                 "card":{"id":"ic_decide","object":"issuing.card","status":"active","metadata":%s},
                 "merchant_data":{"name":"%s","category":"computer_software_stores"}}}}"""
                .formatted(authorizationId, Stripe.API_VERSION, Instant.now().getEpochSecond(), authorizationId,
                        Instant.now().getEpochSecond(), amount, metadata, merchant);
        return http.request("POST", "/api/v1/webhooks/stripe").json(payload)
                   .header("Stripe-Signature", Webhook.Signature.generateSignatureHeader(payload, StripeWebhookHttpTest
                           .SECRET)).send();
    }

    private boolean approved(String authorizationId, long amount, String merchant) throws Exception {
        Http.Response answer = ask(authorizationId, amount, merchant, true);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Stripe-Version")).isEqualTo(Stripe.API_VERSION);
        return answer.json().get("approved").asBoolean();
    }

    /** Until the processor has handled everything in the log so far. */
    private void awaitCaughtUp(String processor) {
        Eventually.await(() -> http.get("/api/v1/admin/ops/processors", ADMIN).json(), json -> {
            for (JsonNode p : json.get("processors")) {
                if (p.get("name").asText().equals(processor)) {
                    return p.get("lagEvents").asLong() == 0;
                }
            }
            return false;
        });
    }

    private JsonNode decision(String authorizationId) {
        JsonNode events = http.get("/api/v1/admin/aggregates/" + authorizationId + "/events", ADMIN).json()
                              .get("events");
        return events.get(0).get("payload");
    }

    @Test
    void authorizationsAreApprovedOnlyWhenASpendRequestCoversThem() throws Exception {
        assertThat(http.post("/api/v1/admin/orgs", ROOT,
                "{\"orgId\":\"org-decide\",\"name\":\"Decide Co\",\"reason\":\"pilot\"}").status()).isIn(201, 409);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/org-decide", ADMIN), r -> r.status() == 200);

        String card = """
                {"id":"evt_card_decide","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_card.created","data":{"object":{"id":"ic_decide","object":"issuing.card",
                 "brand":"Visa","currency":"usd","last4":"4000","status":"active","type":"virtual",
                 "metadata":{"org_id":"org-decide","agent_id":"agent-9"}}}}"""
                .formatted(Stripe.API_VERSION, Instant.now().getEpochSecond());
        assertThat(http.request("POST", "/api/v1/webhooks/stripe").json(card).header("Stripe-Signature",
                Webhook.Signature.generateSignatureHeader(card, StripeWebhookHttpTest.SECRET)).send().status())
                .isEqualTo(200);
        assertThat(approved("iauth_none", 2_000, "OpenAI")).as("nothing covers it yet").isFalse();
        assertThat(decision("iauth_none").get("rule").asText()).isEqualTo("no_covering_request");
        assertThat(ask("iauth_nowallet", 2_000, "OpenAI", false).json().get("approved").asBoolean()).isFalse();
        assertThat(decision("iauth_nowallet").get("rule").asText()).isEqualTo("unknown_wallet");

        Http.Response asked = http.post("/api/v1/wallet/spend-requests", AGENT, """
                {"orgId":"org-decide","agentId":"agent-9","amount":5000,"currency":"usd","merchantName":"OpenAI",
                 "purpose":"API credits","expiresAt":"%s"}""".formatted(Instant.now().plusSeconds(3600)));
        String request = asked.json().get("requestId").asText();
        assertThat(http.request("POST", "/api/v1/admin/agent-wallet/spend-requests/" + request + "/approval")
                       .token(ADMIN).header("If-Match", "\"0\"").json("{\"amount\":3000,\"reason\":\"capped\"}")
                       .send().status()).isEqualTo(200);

        awaitCaughtUp("wallet-spend");
        assertThat(approved("iauth_ok", 2_000, "OpenAI")).isTrue();
        assertThat(decision("iauth_ok").get("rule").asText()).isEqualTo("spend_request");
        assertThat(decision("iauth_ok").get("spendRequestId").asText()).isEqualTo(request);
        assertThat(approved("iauth_ok", 2_000, "OpenAI")).as("asked again: the same answer").isTrue();
        assertThat(approved("iauth_other_shop", 500, "Anthropic")).as("another merchant").isFalse();
        assertThat(approved("iauth_too_much", 1_500, "OpenAI")).as("only 1,000 left").isFalse();
        JsonNode reservations = http.get("/api/v1/admin/aggregates/" + request + "/events", ADMIN).json()
                                    .get("events");
        assertThat(reservations.findValuesAsText("action")).containsOnlyOnce("wallet.spend_reserved");

        assertThat(http.post("/api/v1/admin/runtime/flags", ADMIN, """
                {"key":"wallet.kill_switch","type":"kill_switch","description":"Stops every wallet authorization",
                 "owner":"payments team","defaultValue":false,"reason":"wallet launch"}""").status()).isEqualTo(201);
        assertThat(http.request("PUT", "/api/v1/admin/runtime/flags/wallet.kill_switch/orgs/org-decide").token(ROOT)
                       .header("If-Match", "\"0\"").json("{\"value\":true,\"reason\":\"card fraud suspected\"}")
                       .send().status()).isEqualTo(200);
        awaitCaughtUp("runtime-flags");
        assertThat(approved("iauth_killed", 100, "OpenAI")).isFalse();
        assertThat(decision("iauth_killed").get("rule").asText()).isEqualTo("kill_switch");

        // The wallets screen: requested vs approved vs spent, and every answer with its rule.
        awaitCaughtUp("wallet-activity");
        awaitCaughtUp("wallet-spend");
        JsonNode wallet = http.get("/api/v1/admin/agent-wallet/wallets?orgId=org-decide", ADMIN).json()
                              .at("/items/0");
        assertThat(wallet.get("agentId").asText()).isEqualTo("agent-9");
        assertThat(wallet.get("cards").asInt()).isEqualTo(1);
        assertThat(wallet.get("requested").asLong()).isEqualTo(5000);
        assertThat(wallet.get("approved").asLong()).isEqualTo(3000);
        assertThat(wallet.get("spent").asLong()).isEqualTo(2000);
        assertThat(wallet.get("approvedAuthorizations").asInt()).isEqualTo(1);
        assertThat(wallet.get("declinedAuthorizations").asInt()).as("every declined answer on its card").isEqualTo(5);
        JsonNode declined = http.get("/api/v1/admin/agent-wallet/authorizations?orgId=org-decide&approved=false",
                ADMIN).json();
        assertThat(declined.findValuesAsText("rule")).contains("no_covering_request", "kill_switch");
        assertThat(http.get("/api/v1/admin/agent-wallet/cards?orgId=org-decide&status=active", ADMIN).json()
                       .findValuesAsText("last4")).containsExactly("4000");
        assertThat(http.get("/api/v1/admin/agent-wallet/spend-requests?orgId=org-decide&status=approved", ADMIN)
                       .json().at("/items/0/spent").asLong()).isEqualTo(2000);
        assertThat(http.get("/api/v1/admin/agent-wallet/wallets?orgId=not%20an%20org", ADMIN).status())
                .isEqualTo(400);

        // More was captured than was approved: a hint, beside the burst of declines.
        String capture = """
                {"id":"evt_capture_decide","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_transaction.created","data":{"object":{"id":"ipi_decide","object":"issuing.transaction",
                 "amount":-3500,"currency":"usd","type":"capture","card":"ic_decide","authorization":"iauth_ok",
                 "merchant_data":{"name":"OpenAI","category":"computer_software_stores"}}}}"""
                .formatted(Stripe.API_VERSION, Instant.now().getEpochSecond());
        assertThat(http.request("POST", "/api/v1/webhooks/stripe").json(capture).header("Stripe-Signature",
                Webhook.Signature.generateSignatureHeader(capture, StripeWebhookHttpTest.SECRET)).send().status())
                .isEqualTo(200);
        awaitCaughtUp("wallet-activity");
        JsonNode anomalies = http.get("/api/v1/admin/agent-wallet/anomalies?orgId=org-decide", ADMIN).json();
        assertThat(anomalies.findValuesAsText("kind")).containsExactlyInAnyOrder("decline_burst",
                "spend_over_approval");
        assertThat(anomalies.toString()).contains("captured 3500 against 3000 approved");
        JsonNode totals = http.get("/api/v1/admin/agent-wallet/totals?orgId=org-decide&from="
                                   + Instant.now().minusSeconds(86_400) + "&to=" + Instant.now().plusSeconds(60),
                ADMIN).json();
        long approvedCount = 0;
        long declinedCount = 0;
        long captured = 0;
        for (JsonNode day : totals.get("days")) {
            approvedCount += day.get("approved").asLong();
            declinedCount += day.get("declined").asLong();
            captured += day.get("captured").asLong();
        }
        assertThat(approvedCount).isEqualTo(1);
        assertThat(declinedCount).isEqualTo(5);
        assertThat(captured).isEqualTo(3500);
        assertThat(http.get("/api/v1/admin/agent-wallet/totals?orgId=org-decide&from=" + Instant.now() + "&to="
                            + Instant.now().minusSeconds(5), ADMIN).status()).isEqualTo(400);
    }
}
