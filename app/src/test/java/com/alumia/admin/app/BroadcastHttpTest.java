package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadcasts: the audience previewed, sending refused without a fresh super_admin and a reason or when the audience
 * changed since the preview, delivered in chunks to a real receiver that fails and recovers, sent once per
 * Idempotency-Key, and audited when requested and when completed.
 */
class BroadcastHttpTest extends ApiTest {

    static final String NOTIFICATIONS = "/notifications";
    static final String SECRET = "broadcast-test-secret";
    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final ObjectMapper json = new ObjectMapper();

    private String org(String name) {
        return createOrg("org-bc-" + name + "-" + tag, name);
    }

    private Http.Response send(String token, String key, String body) {
        Http.Request request = http.request("POST", "/api/v1/admin/broadcasts").token(token).json(body);
        return (key == null ? request : request.header("Idempotency-Key", key)).send();
    }

    @Test
    void aBroadcastIsPreviewedSentOnceInChunksAndAuditedAtRequestAndCompletion() throws Exception {
        String a = org("a");
        String b = org("b");
        String c = org("c");
        String d = org("d");
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + d, ADMIN), r -> r.status() == 200);
        assertThat(http.post("/api/v1/admin/orgs/" + d + "/suspension", ROOT, "{\"reason\":\"unpaid\"}").status())
                .isEqualTo(200);
        String listed = "{\"orgIds\":[\"%s\",\"%s\",\"%s\",\"%s\",\"org-nowhere-%s\"]}".formatted(a, b, c, d, tag);
        JsonNode preview = Eventually.await(() -> http.post("/api/v1/admin/broadcasts/preview", ADMIN,
                "{\"audience\":" + listed + "}"), r -> r.status() == 200
                && r.json().get("excluded").toString().contains(d)).json();
        assertThat(preview.get("count").asInt()).isEqualTo(3);
        assertThat(json.convertValue(preview.get("orgIds"), List.class)).containsExactly(a, b, c);
        assertThat(preview.at("/sample/0/name").asText()).isEqualTo("a");
        assertThat(json.convertValue(preview.get("excluded"), List.class)).containsExactly(d, "org-nowhere-" + tag);
        String three = "{\"orgIds\":[\"%s\",\"%s\",\"%s\"]}".formatted(a, b, c);
        String body = ("{\"title\":\"Maintenance\",\"body\":\"Sunday 02:00 UTC\",\"severity\":\"warning\","
                       + "\"audience\":%s,\"expectedRecipients\":%d,\"reason\":\"planned database upgrade\"}");

        assertThat(send(ADMIN, null, body.formatted(three, 3)).status()).isIn(401, 403);
        assertThat(send(TestTokens.staleSuperAdmin("root@example.com"), null, body.formatted(three, 3)).status())
                .isIn(401, 403);
        assertThat(send(ROOT, null, body.formatted(three, 3).replace("planned database upgrade", " ")).status())
                .isEqualTo(400);
        assertThat(send(ROOT, null, body.formatted(listed, 3)).json().get("type").asText())
                .isEqualTo("urn:alumia:problem:broadcast.orgs_not_in_audience");
        Http.Response changed = send(ROOT, null, body.formatted(three, 5));
        assertThat(changed.status()).isEqualTo(409);
        assertThat(changed.json().get("type").asText()).isEqualTo("urn:alumia:problem:broadcast.audience_changed");

        LocalReceiver receiver = LocalReceiver.shared();
        int before = receiver.received(NOTIFICATIONS).size();
        receiver.answer(NOTIFICATIONS, 503);
        String key = "maintenance-" + tag;
        Http.Response sent = send(ROOT, key, body.formatted(three, 3));
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        String id = sent.json().get("broadcastId").asText();
        assertThat(sent.json().get("recipients").asInt()).isEqualTo(3);
        assertThat(send(ROOT, key, body.formatted(three, 3)).json().get("broadcastId").asText())
                .as("the same key sends nothing new").isEqualTo(id);

        JsonNode done = Eventually.await(() -> http.get("/api/v1/admin/broadcasts/" + id, ADMIN),
                r -> r.status() == 200 && r.json().get("state").asText().equals("completed")).json();
        assertThat(done.get("delivered").asInt()).isEqualTo(3);
        assertThat(done.get("failed").asInt()).isZero();
        assertThat(done.get("requestedBy").asText()).isEqualTo("root@example.com");
        List<LocalReceiver.Received> deliveries = receiver.received(NOTIFICATIONS).subList(before,
                receiver.received(NOTIFICATIONS).size());
        assertThat(deliveries).as("two chunks of two and one org, the first failing once").hasSize(3);
        assertThat(deliveries.stream().map(r -> r.headers().get("idempotency-key")).distinct().toList())
                .containsExactlyInAnyOrder(id + "/0", id + "/1");
        assertThat(deliveries.get(0).headers().get("x-alumia-signature")).startsWith("t=");
        JsonNode lastChunk = json.readTree(deliveries.stream().filter(r -> r.headers().get("idempotency-key")
                .equals(id + "/1")).findFirst().orElseThrow().body());
        assertThat(json.convertValue(lastChunk.get("orgIds"), List.class)).containsExactly(c);
        assertThat(lastChunk.get("title").asText()).isEqualTo("Maintenance");

        JsonNode trail = http.get("/api/v1/admin/aggregates/" + id + "/events", ADMIN).json().get("events");
        List<String> actions = trail.findValuesAsText("action");
        assertThat(actions.get(0)).endsWith("requested");
        assertThat(actions.get(actions.size() - 1)).endsWith("completed");
        assertThat(trail.at("/0/reason").asText()).isEqualTo("planned database upgrade");
        JsonNode completion = trail.get(actions.size() - 1);
        assertThat(completion.at("/actor/subject").asText()).as("completed as the operator's").isEqualTo(
                "root@example.com");
        assertThat(completion.get("reason").asText()).isEqualTo("planned database upgrade");

        // A notification service that never recovers: the orgs count as failed, and the broadcast still completes.
        receiver.answer(NOTIFICATIONS, 500, 500, 500);
        String failing = send(ROOT, null, body.formatted("{\"orgIds\":[\"" + a + "\"]}", 1)).json()
                .get("broadcastId").asText();
        JsonNode failed = Eventually.await(() -> http.get("/api/v1/admin/broadcasts/" + failing, ADMIN),
                r -> r.status() == 200 && r.json().get("state").asText().equals("completed")).json();
        assertThat(failed.get("failed").asInt()).isEqualTo(1);
        assertThat(failed.get("delivered").asInt()).isZero();
    }
}
