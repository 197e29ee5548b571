package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.stripe.Stripe;
import com.stripe.net.Webhook;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stripe's webhooks as Stripe sends them, signed with stripe-java's own signer: bad and stale signatures store
 * nothing, an event id is taken once, an update that overtakes its creation wins, and types the wallets do not use
 * are acknowledged as ignored.
 */
@TestPropertySource(properties = "alumia.stripe.webhook-secret=" + StripeWebhookHttpTest.SECRET)
class StripeWebhookHttpTest extends ApiTest {

    static final String SECRET = "whsec_test_0123456789";
    private static final long T0 = Instant.parse("2026-11-24T03:00:00Z").getEpochSecond();

    private static String cardEvent(String eventId, String type, long created, String cardId, String status,
                                    String cancellationReason) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"type":"%s",
                 "data":{"object":{"id":"%s","object":"issuing.card","brand":"Visa","currency":"usd","last4":"4242",
                 "status":"%s","cancellation_reason":%s,"type":"virtual","created":%d,"livemode":false,
                 "metadata":{"org_id":"org-wallet","agent_id":"agent-7"}}}}"""
                .formatted(eventId, Stripe.API_VERSION, created, type, cardId, status,
                        cancellationReason == null ? "null" : "\"" + cancellationReason + "\"", created);
    }

    private Http.Response deliver(String payload, String signature) {
        Http.Request request = http.request("POST", "/api/v1/webhooks/stripe").json(payload);
        return (signature == null ? request : request.header("Stripe-Signature", signature)).send();
    }

    private Http.Response deliver(String payload) throws Exception {
        return deliver(payload, Webhook.Signature.generateSignatureHeader(payload, SECRET));
    }

    private JsonNode cardEvents(String cardId) {
        Http.Response r = http.get("/api/v1/admin/aggregates/" + cardId + "/events", ADMIN);
        return r.status() == 404 ? null : r.json().get("events");
    }


    @Test
    void unsignedForgedAndStaleDeliveriesAreRefusedAndStoreNothing() throws Exception {
        String payload = cardEvent("evt_forged", "issuing_card.created", T0, "ic_forged", "active", null);
        assertProblem(deliver(payload, null), 400, "stripe.signature_missing");
        assertProblem(deliver(payload, Webhook.Signature.generateSignatureHeader(payload, "whsec_other")), 400,
                "stripe.signature_invalid");
        long hourAgo = Instant.now().minusSeconds(3600).getEpochSecond();
        assertProblem(deliver(payload, Webhook.Signature.generateSignatureHeader(payload, SECRET, hourAgo)), 400,
                "stripe.signature_invalid");
        String tampered = payload.replace("4242", "0000");
        assertProblem(deliver(tampered, Webhook.Signature.generateSignatureHeader(payload, SECRET)), 400,
                "stripe.signature_invalid");
        assertProblem(deliver("{not json"), 400, "stripe.malformed");
        assertThat(cardEvents("ic_forged")).as("nothing stored").isNull();
    }

    @Test
    void aCardIsRecordedOnceHoweverOftenStripeDeliversIt() throws Exception {
        String created = cardEvent("evt_card_1", "issuing_card.created", T0, "ic_once", "active", null);
        Http.Response first = deliver(created);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outcome").asText()).isEqualTo("recorded");
        assertThat(deliver(created).json().get("outcome").asText()).isEqualTo("duplicate");

        Http.Response canceled = deliver(cardEvent("evt_card_2", "issuing_card.updated", T0 + 60, "ic_once",
                "canceled", "lost"));
        assertThat(canceled.json().get("outcome").asText()).isEqualTo("recorded");
        JsonNode events = cardEvents("ic_once");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).get("action").asText()).isEqualTo("wallet.card_issued");
        assertThat(events.at("/0/payload/org").asText()).isEqualTo("org-wallet");
        assertThat(events.at("/0/payload/agentId").asText()).isEqualTo("agent-7");
        assertThat(events.get(1).get("action").asText()).isEqualTo("wallet.card_status_changed");
        assertThat(events.at("/1/payload/to").asText()).isEqualTo("canceled");
        assertThat(events.at("/1/payload/reason").asText()).isEqualTo("lost");
    }

    @Test
    void anUpdateThatOvertakesItsCreationWins() throws Exception {
        String update = cardEvent("evt_late_2", "issuing_card.updated", T0 + 30, "ic_race", "inactive", null);
        String create = cardEvent("evt_late_1", "issuing_card.created", T0, "ic_race", "active", null);
        assertThat(deliver(update).json().get("outcome").asText()).isEqualTo("recorded");
        assertThat(deliver(create).json().get("outcome").asText()).isEqualTo("stale");
        JsonNode events = cardEvents("ic_race");
        assertThat(events).hasSize(1);
        assertThat(events.at("/0/payload/status").asText()).isEqualTo("inactive");
    }

    private static String authorizationEvent(String eventId, String type, long created, String status,
                                             boolean approved, String reason) {
        return """
                {"id":"%s","object":"event","api_version":"%s","created":%d,"livemode":false,"type":"%s",
                 "data":{"object":{"id":"iauth_1","object":"issuing.authorization","amount":1250,"currency":"usd",
                 "approved":%s,"status":"%s","created":%d,"livemode":false,
                 "card":{"id":"ic_auth","object":"issuing.card","status":"active","metadata":{}},
                 "merchant_data":{"name":"OpenAI","category":"computer_software_stores"},
                 "request_history":[{"amount":1250,"approved":%s,"currency":"usd","reason":"%s","created":%d}]}}}"""
                .formatted(eventId, Stripe.API_VERSION, created, type, approved, status, created, approved, reason,
                        created);
    }

    @Test
    void authorizationsAreRecordedWithTheirOutcomeAndReasonAndUpdatedInOrder() throws Exception {
        Http.Response declined = deliver(authorizationEvent("evt_auth_1", "issuing_authorization.created", T0,
                "closed", false, "webhook_declined"));
        assertThat(declined.status()).as(declined.body()).isEqualTo(200);
        assertThat(declined.json().get("outcome").asText()).isEqualTo("recorded");
        assertThat(deliver(authorizationEvent("evt_auth_1", "issuing_authorization.created", T0, "closed", false,
                "webhook_declined")).json().get("outcome").asText()).isEqualTo("duplicate");
        JsonNode events = cardEvents("iauth_1");
        assertThat(events).hasSize(1);
        assertThat(events.at("/0/action").asText()).isEqualTo("wallet.authorization_recorded");
        assertThat(events.at("/0/payload/snapshot/approved").asBoolean()).isFalse();
        assertThat(events.at("/0/payload/snapshot/declineReason").asText()).isEqualTo("webhook_declined");
        assertThat(events.at("/0/payload/snapshot/amount").asLong()).isEqualTo(1250);
        assertThat(events.at("/0/payload/snapshot/merchantCategory").asText()).isEqualTo("computer_software_stores");
        assertThat(events.at("/0/payload/snapshot/cardId").asText()).isEqualTo("ic_auth");
    }

    @Test
    void capturesRefundsAndDisputesAreRecordedAndShownOnTheWalletsScreen() throws Exception {
        deliver(cardEvent("evt_tx_card", "issuing_card.created", T0, "ic_tx", "active", null));
        String capture = """
                {"id":"evt_tx_1","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_transaction.created","data":{"object":{"id":"ipi_1","object":"issuing.transaction",
                 "amount":-1250,"currency":"usd","type":"capture","card":"ic_tx","authorization":"iauth_tx",
                 "merchant_data":{"name":"OpenAI","category":"computer_software_stores"}}}}"""
                .formatted(Stripe.API_VERSION, T0 + 10);
        assertThat(deliver(capture).json().get("outcome").asText()).isEqualTo("recorded");
        assertThat(deliver(capture).json().get("outcome").asText()).isEqualTo("duplicate");
        String dispute = """
                {"id":"evt_dp_%s","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"issuing_dispute.%s","data":{"object":{"id":"idp_1","object":"issuing.dispute","amount":1250,
                 "currency":"usd","status":"%s","transaction":"ipi_1","evidence":{"reason":"fraudulent"}}}}""";
        assertThat(deliver(dispute.formatted("2", Stripe.API_VERSION, T0 + 40, "updated", "won")).json()
                       .get("outcome").asText()).isEqualTo("recorded");
        assertThat(deliver(dispute.formatted("1", Stripe.API_VERSION, T0 + 20, "created", "submitted")).json()
                       .get("outcome").asText()).as("older than what is known").isEqualTo("stale");

        JsonNode transactions = Eventually.await(() -> http.get(
                "/api/v1/admin/agent-wallet/transactions?orgId=org-wallet", ADMIN).json(),
                j -> j.get("items").size() == 1);
        assertThat(transactions.at("/items/0/type").asText()).isEqualTo("capture");
        assertThat(transactions.at("/items/0/amount").asLong()).isEqualTo(1250);
        assertThat(transactions.at("/items/0/agentId").asText()).isEqualTo("agent-7");
        JsonNode disputes = Eventually.await(() -> http.get("/api/v1/admin/agent-wallet/disputes?orgId=org-wallet",
                ADMIN).json(), j -> j.get("items").size() == 1);
        assertThat(disputes.at("/items/0/status").asText()).isEqualTo("won");
        assertThat(disputes.at("/items/0/reason").asText()).isEqualTo("fraudulent");
    }

    @Test
    void typesTheWalletsDoNotUseAreAcknowledgedAsIgnoredOnce() throws Exception {
        String payload = """
                {"id":"evt_charge","object":"event","api_version":"%s","created":%d,"livemode":false,
                 "type":"charge.succeeded","data":{"object":{"id":"ch_1","object":"charge"}}}"""
                .formatted(Stripe.API_VERSION, T0);
        Http.Response first = deliver(payload);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("outcome").asText()).isEqualTo("ignored");
        assertThat(deliver(payload).json().get("outcome").asText()).isEqualTo("duplicate");
        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=stripe.event_ignored", ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 1).json();
        assertThat(trail.at("/items/0/payload/type").asText()).isEqualTo("charge.succeeded");
    }
}
