package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skill catalog over HTTP: published by the product, deleted by a fresh super_admin into a restore window (three
 * seconds in tests), restored within it or purged when it ends, each step in the skill's trail with who and why.
 */
class SkillHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");
    private static final String PRODUCT = TestTokens.token("skills-service", "ingest");

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String org(String name) {
        return createOrg("org-" + name + "-" + tag, name);
    }

    private Http.Response publish(String token, String skillId, String org, String version) {
        return http.post("/api/v1/skills", token, """
                {"skillId":"%s","orgId":"%s","name":"Code review","version":"%s","publisher":"Alumia Labs"}"""
                .formatted(skillId, org, version));
    }

    private String published(String org, String name) {
        String skill = "sk-" + name + "-" + tag;
        Http.Response created = publish(PRODUCT, skill, org, "1.0.0");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return skill;
    }

    private Http.Response delete(String token, String skill, String body) {
        return http.post("/api/v1/admin/skills/" + skill + "/deletion", token, body);
    }

    private Http.Response restore(String token, String skill, String body) {
        return http.post("/api/v1/admin/skills/" + skill + "/restoration", token, body);
    }

    private JsonNode trail(String skill) {
        return http.get("/api/v1/admin/aggregates/" + skill + "/events", ADMIN).json().get("events");
    }

    private JsonNode list(String query) {
        Http.Response list = http.get("/api/v1/admin/skills?" + query, ADMIN);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json();
    }


    @Test
    void theProductPublishesASkillOnceAndOperatorsReadTheCatalog() {
        String org = org("catalog");
        String skill = "sk-review-" + tag;
        Http.Response created = publish(PRODUCT, skill, org, "1.4.0");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/admin/skills/" + skill);
        assertThat(created.json().get("state").asText()).isEqualTo("active");
        assertThat(created.json().get("changed").asBoolean()).isTrue();
        Http.Response again = publish(PRODUCT, skill, org, "1.4.0");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertProblem(publish(PRODUCT, skill, org, "1.5.0"), 409, "skill.published_differently");

        assertProblem(publish(PRODUCT, "sk-nowhere-" + tag, "org-nobody-" + tag, "1.0.0"), 404, "org.unknown");
        String suspended = org("suspended");
        assertThat(http.post("/api/v1/admin/orgs/" + suspended + "/suspension", ROOT, "{\"reason\":\"unpaid\"}")
                       .status()).isEqualTo(200);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + suspended, ADMIN),
                r -> r.json().at("/org/status").asText().equals("suspended"));
        assertProblem(publish(PRODUCT, "sk-suspended-" + tag, suspended, "1.0.0"), 409, "org.suspended");
        assertProblem(publish(PRODUCT, "not a skill id", org, "1.0.0"), 400, "invalid_value");
        assertProblem(publish(PRODUCT, "sk-beta-" + tag, org, "1.0 beta"), 400, "skill.version_invalid");
        assertProblem(http.post("/api/v1/skills", PRODUCT, "{\"skillId\":\"sk-x-%s\",\"orgId\":\"%s\"}"
                .formatted(tag, org)), 400, "validation");
        assertThat(publish(ADMIN, "sk-admin-" + tag, org, "1.0.0").status()).isEqualTo(403);
        assertThat(publish(null, "sk-anon-" + tag, org, "1.0.0").status()).isEqualTo(401);

        String second = published(org, "second");
        JsonNode listed = Eventually.await(() -> list("orgId=" + org), l -> l.get("items").size() == 2);
        assertThat(listed.findValuesAsText("skillId")).as("newest first").containsExactly(second, skill);
        JsonNode first = list("orgId=" + org + "&limit=1");
        assertThat(first.findValuesAsText("skillId")).containsExactly(second);
        JsonNode next = list("orgId=" + org + "&limit=1&cursor=" + first.get("nextCursor").asText());
        assertThat(next.findValuesAsText("skillId")).containsExactly(skill);
        assertThat(next.get("nextCursor")).isNull();
        assertProblem(http.get("/api/v1/admin/skills?cursor=not-a-cursor", ADMIN), 400, "invalid_value");
        assertThat(http.get("/api/v1/admin/skills?state=gone", ADMIN).status()).isEqualTo(400);

        Http.Response detail = http.get("/api/v1/admin/skills/" + skill, ADMIN);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.header("ETag")).isEqualTo("\"0\"");
        assertThat(detail.json().at("/summary/version").asText()).isEqualTo("1.4.0");
        assertThat(detail.json().at("/summary/publisher").asText()).isEqualTo("Alumia Labs");
        assertThat(detail.json().get("history").findValuesAsText("action")).containsExactly("skill.published");
        assertThat(detail.json().at("/history/0/actor/subject").asText()).isEqualTo("skills-service");
        assertProblem(http.get("/api/v1/admin/skills/sk-unknown-" + tag, ADMIN), 404, "not_found");
        assertThat(http.get("/api/v1/admin/skills", PRODUCT).status()).isEqualTo(403);
    }

    @Test
    void deletionNeedsAFreshSuperAdminAndAReasonAndARepeatChangesNothing() {
        String org = org("delete");
        String skill = published(org, "deleted");
        String reason = "{\"reason\":\"prompt injection in the skill\"}";

        Http.Response stale = delete(TestTokens.staleSuperAdmin("root@example.com"), skill, reason);
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.header("WWW-Authenticate")).contains("insufficient_user_authentication");
        assertThat(delete(ADMIN, skill, reason).status()).isEqualTo(403);
        assertThat(delete(PRODUCT, skill, reason).status()).isEqualTo(403);
        assertProblem(delete(ROOT, skill, "{}"), 400, "validation");
        assertProblem(delete(ROOT, skill, "{\"reason\":\"  \"}"), 400, "validation");
        assertProblem(delete(ROOT, skill, "{\"reason\":\"" + "x".repeat(2_001) + "\"}"), 400, "validation");
        assertProblem(delete(ROOT, "sk-unknown-" + tag, reason), 404, "not_found");
        assertProblem(delete(ROOT, "not%20an%20id", reason), 400, "invalid_value");
        assertThat(trail(skill)).as("refused, so nothing stored").hasSize(1);

        Http.Response deleted = delete(ROOT, skill, reason);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        assertThat(deleted.json().get("state").asText()).isEqualTo("deleted");
        assertThat(deleted.json().get("changed").asBoolean()).isTrue();
        Instant restoreUntil = Instant.parse(deleted.json().get("restoreUntil").asText());
        assertThat(restoreUntil).isBetween(Instant.now(), Instant.now().plus(Duration.ofSeconds(3)));
        Http.Response repeated = delete(ROOT, skill, "{\"reason\":\"again\"}");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("changed").asBoolean()).isFalse();
        assertThat(Instant.parse(repeated.json().get("restoreUntil").asText())).isEqualTo(restoreUntil);

        Http.Response restored = restore(ROOT, skill, "{\"reason\":\"deleted the wrong skill\"}");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("state").asText()).isEqualTo("active");
        assertThat(restored.json().get("restoreUntil")).isNull();
        Http.Response restoredAgain = restore(ROOT, skill, "{\"reason\":\"again\"}");
        assertThat(restoredAgain.status()).isEqualTo(200);
        assertThat(restoredAgain.json().get("changed").asBoolean()).isFalse();
        assertThat(restore(ADMIN, skill, "{\"reason\":\"r\"}").status()).isEqualTo(403);

        JsonNode trail = trail(skill);
        assertThat(trail.findValuesAsText("action")).containsExactly("skill.published", "skill.deleted",
                "skill.restored");
        assertThat(trail.at("/1/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/1/reason").asText()).isEqualTo("prompt injection in the skill");
        assertThat(trail.at("/1/stepUp/ageSeconds").isNumber()).isTrue();
        assertThat(trail.at("/2/reason").asText()).isEqualTo("deleted the wrong skill");

        // Another deletion, made after the restore, ends its window after the first one's: once it is purged, the
        // restored skill would have been too, had its purge still been due.
        String other = published(org, "other");
        assertThat(delete(ROOT, other, reason).status()).isEqualTo(200);
        Eventually.await(() -> http.get("/api/v1/admin/skills/" + other, ADMIN),
                r -> r.json().at("/summary/state").asText().equals("purged"));
        JsonNode kept = Eventually.await(() -> http.get("/api/v1/admin/skills/" + skill, ADMIN),
                r -> r.json().at("/summary/revision").asLong() == 2).json();
        assertThat(kept.at("/summary/state").asText()).isEqualTo("active");
        assertThat(trail(skill)).as("never purged").hasSize(3);
    }

    @Test
    void theDeletionBecomesFinalWhenTheRestoreWindowEnds() {
        String org = org("purge");
        String skill = published(org, "purged");
        Eventually.await(() -> list("orgId=" + org + "&state=active"), l -> l.get("items").size() == 1);

        Http.Response deleted = delete(ROOT, skill, "{\"reason\":\"customer asked for erasure\"}");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        String restoreUntil = deleted.json().get("restoreUntil").asText();
        Eventually.await(() -> list("orgId=" + org + "&state=active"), l -> l.get("items").isEmpty());

        JsonNode purged = Eventually.await(() -> http.get("/api/v1/admin/skills/" + skill, ADMIN),
                r -> r.json().at("/summary/state").asText().equals("purged")).json();
        assertThat(Instant.parse(purged.at("/summary/purgedAt").asText()))
                .isAfterOrEqualTo(Instant.parse(restoreUntil));
        assertThat(list("orgId=" + org + "&state=purged").findValuesAsText("skillId")).containsExactly(skill);
        assertThat(list("orgId=" + org + "&state=deleted").get("items")).isEmpty();

        JsonNode trail = trail(skill);
        assertThat(trail.findValuesAsText("action")).containsExactly("skill.published", "skill.deleted",
                "skill.purged");
        JsonNode completion = trail.get(2);
        assertThat(completion.at("/actor/subject").asText()).as("the operator who deleted it")
                .isEqualTo("root@example.com");
        assertThat(completion.get("reason").asText()).isEqualTo("customer asked for erasure");
        assertThat(completion.at("/request/requestId").asText()).isEqualTo(trail.at("/1/request/requestId").asText());
        assertThat(completion.at("/stepUp/ageSeconds").isNumber()).isTrue();
        assertThat(Instant.parse(completion.at("/payload/restoreUntil").asText()))
                .isEqualTo(Instant.parse(restoreUntil));

        assertProblem(restore(ROOT, skill, "{\"reason\":\"too late\"}"), 409, "skill.purged");
        Http.Response again = delete(ROOT, skill, "{\"reason\":\"again\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("state").asText()).isEqualTo("purged");
        assertThat(again.json().get("changed").asBoolean()).isFalse();
        assertThat(trail(skill)).hasSize(3);
    }
}
