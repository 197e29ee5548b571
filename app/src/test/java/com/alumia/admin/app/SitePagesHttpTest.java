package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site's pages over HTTP: every change by a fresh super_admin with If-Match, slugs unique among live pages,
 * versions made by publishing and reverts, and the audit names of each change.
 */
class SitePagesHttpTest extends ApiTest {

    private static final String PAGES = "/api/v1/admin/site/pages";
    private static final String ROOT = TestTokens.freshSuperAdmin("editor@example.com");

    private Http.Response create(String token, String slug, String title, String body) {
        return http.post(PAGES, token, """
                {"slug":"%s","title":"%s","body":"%s","locale":"en","reason":"new page"}"""
                .formatted(slug, title, body));
    }

    private Http.Response change(String method, String path, String ifMatch, String body) {
        return http.request(method, PAGES + path).token(ROOT).header("If-Match", ifMatch).json(body).send();
    }

    private JsonNode awaitPage(String id, long version) {
        return Eventually.await(() -> http.get(PAGES + "/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/version").asLong() == version).json();
    }


    @Test
    void aPageIsDraftedPublishedRevertedAndEveryChangeIsInTheTrail() {
        Http.Response created = create(ROOT, "pricing", "Pricing", "# Plans\\n\\nFree and Team.");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("pageId").asText();
        JsonNode draft = awaitPage(id, 0);
        assertThat(draft.at("/summary/status").asText()).isEqualTo("draft");
        assertThat(draft.has("live")).as("nothing live yet").isFalse();

        assertThat(change("POST", "/" + id + "/publication", "\"0\"", "{\"reason\":\"launch\"}").status())
                .isEqualTo(200);
        assertProblem(change("POST", "/" + id + "/publication", "\"1\"", "{\"reason\":\"again\"}"), 409,
                "site.nothing_to_publish");
        assertProblem(change("PUT", "/" + id + "/draft", "\"0\"", """
                {"title":"Pricing","body":"stale","locale":"en","reason":"r"}"""), 412, "version_mismatch");
        assertThat(change("PUT", "/" + id + "/draft", "\"1\"", """
                {"title":"Pricing","body":"# Plans\\n\\nFree, Team and Enterprise.","locale":"en",
                 "reason":"enterprise plan"}""").status()).isEqualTo(200);
        JsonNode edited = awaitPage(id, 2);
        assertThat(edited.at("/summary/unpublishedChanges").asBoolean()).isTrue();
        assertThat(edited.at("/live/body").asText()).isEqualTo("# Plans\n\nFree and Team.");
        assertThat(change("POST", "/" + id + "/publication", "\"2\"", "{\"reason\":\"enterprise live\"}").status())
                .isEqualTo(200);

        assertProblem(change("POST", "/" + id + "/reversion", "\"3\"",
                "{\"toVersion\":9,\"reason\":\"r\"}"), 404, "site.unknown_version");
        assertProblem(change("POST", "/" + id + "/reversion", "\"3\"",
                "{\"toVersion\":2,\"target\":\"published\",\"reason\":\"r\"}"), 409, "site.revert_to_current");
        Http.Response reverted = change("POST", "/" + id + "/reversion", "\"3\"",
                "{\"toVersion\":1,\"target\":\"published\",\"reason\":\"enterprise plan withdrawn\"}");
        assertThat(reverted.status()).as(reverted.body()).isEqualTo(200);
        JsonNode back = awaitPage(id, 4);
        assertThat(back.at("/summary/liveVersion").asInt()).isEqualTo(3);
        assertThat(back.at("/summary/versions").asInt()).isEqualTo(3);
        assertThat(back.at("/live/body").asText()).isEqualTo("# Plans\n\nFree and Team.");
        assertThat(back.at("/draft/body").asText()).isEqualTo("# Plans\n\nFree and Team.");

        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?aggregateId=" + id, ADMIN),
                r -> r.status() == 200 && r.json().get("items").size() == 5).json();
        assertThat(trail.findValuesAsText("action")).containsExactly("site.created", "site.published",
                "site.updated", "site.published", "site.reverted");
        assertThat(trail.at("/items/4/reason").asText()).isEqualTo("enterprise plan withdrawn");
        assertThat(trail.at("/items/4/actor/subject").asText()).isEqualTo("editor@example.com");
        assertThat(trail.at("/items/4/stepUp/ageSeconds").asLong()).isBetween(0L, 300L);
    }

    @Test
    void versionsAreListedReadComparedAndThePageReadsAsItWasAtAnyInstant() throws InterruptedException {
        Http.Response created = create(ROOT, "about", "About us", "We build agents.\\nFounded 2024.");
        String id = created.json().get("pageId").asText();
        assertThat(change("POST", "/" + id + "/publication", "\"0\"", "{\"reason\":\"first\"}").status())
                .isEqualTo(200);
        Thread.sleep(5);
        assertThat(change("PUT", "/" + id + "/draft", "\"1\"", """
                {"title":"About Alumia","body":"We build agents.\\nFounded 2024 in Berlin.\\nHiring.",
                 "seoDescription":"Who we are","locale":"en","reason":"more detail"}""").status()).isEqualTo(200);
        Thread.sleep(5);
        assertThat(change("POST", "/" + id + "/publication", "\"2\"", "{\"reason\":\"second\"}").status())
                .isEqualTo(200);

        JsonNode versions = http.get(PAGES + "/" + id + "/versions", ADMIN).json();
        assertThat(versions.get("items")).hasSize(2);
        assertThat(versions.at("/items/1/version").asInt()).isEqualTo(2);
        assertThat(versions.at("/items/1/actor/subject").asText()).isEqualTo("editor@example.com");
        assertThat(versions.at("/items/1/reason").asText()).isEqualTo("second");
        assertThat(versions.at("/items/1/stepUpAgeSeconds").asLong()).isBetween(0L, 300L);
        assertThat(versions.at("/items/0").has("content")).isFalse();
        JsonNode first = http.get(PAGES + "/" + id + "/versions/1", ADMIN).json();
        assertThat(first.at("/content/title").asText()).isEqualTo("About us");
        assertThat(http.get(PAGES + "/" + id + "/versions/7", ADMIN).status()).isEqualTo(404);

        JsonNode diff = http.get(PAGES + "/" + id + "/versions/1/diff/2", ADMIN).json();
        assertThat(diff.findValuesAsText("field")).containsExactly("title", "seoDescription", "locale", "body");
        assertThat(diff.at("/fields/0/changed").asBoolean()).isTrue();
        assertThat(diff.at("/fields/2/changed").asBoolean()).isFalse();
        assertThat(diff.get("body").toString()).contains("{\"op\":\"equal\",\"fromLine\":1,\"toLine\":1,"
                                                          + "\"text\":\"We build agents.\"}")
                .contains("{\"op\":\"removed\",\"fromLine\":2,\"text\":\"Founded 2024.\"}")
                .contains("{\"op\":\"added\",\"toLine\":3,\"text\":\"Hiring.\"}");
        assertThat(http.get(PAGES + "/" + id + "/versions/1/diff/9", ADMIN).status()).isEqualTo(404);

        JsonNode events = http.get("/api/v1/admin/aggregates/" + id + "/events", ADMIN).json().get("events");
        java.time.Instant firstLive = java.time.Instant.parse(events.get(1).get("occurredAt").asText());
        JsonNode then = http.get(PAGES + "/" + id + "?asOf=" + firstLive, ADMIN).json();
        assertThat(then.at("/summary/liveVersion").asInt()).isEqualTo(1);
        assertThat(then.at("/live/title").asText()).isEqualTo("About us");
        assertThat(http.get(PAGES + "/" + id + "?asOf=" + firstLive.minusSeconds(60), ADMIN).status())
                .isEqualTo(404);
        ObjectNode now = (ObjectNode) awaitPage(id, 3);
        now.remove("revalidation"); // the process's record, not the page's history
        assertThat(http.get(PAGES + "/" + id + "?asOf=" + java.time.Instant.now(), ADMIN).json())
                .as("the fold of every event is the live page").isEqualTo(now);
    }

    @Test
    void aSlugBelongsToOneLivePageAndAnArchivedPageGivesItUp() {
        Http.Response first = create(ROOT, "careers", "Careers", "Join us");
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String id = first.json().get("pageId").asText();
        assertProblem(create(ROOT, "careers", "Careers again", "x"), 409, "site.slug_taken");

        assertThat(change("POST", "/" + id + "/archival", "\"0\"", "{\"reason\":\"hiring freeze\"}").status())
                .isEqualTo(200);
        assertProblem(change("POST", "/" + id + "/publication", "\"1\"", "{\"reason\":\"r\"}"), 409,
                "site.archived");
        Http.Response second = create(ROOT, "careers", "Careers 2027", "We are hiring again");
        assertThat(second.status()).as(second.body()).isEqualTo(201);
        assertProblem(change("POST", "/" + id + "/restoration", "\"1\"", "{\"reason\":\"back\"}"), 409,
                "site.slug_taken");

        JsonNode archived = awaitPage(id, 1);
        assertThat(archived.at("/summary/status").asText()).isEqualTo("archived");
    }

    @Test
    void badInputIsAProblemAndStoresNothing() {
        assertProblem(create(ROOT, "admin", "Admin", "x"), 400, "invalid_value");
        assertProblem(create(ROOT, "Not A Slug", "T", "x"), 400, "invalid_value");
        assertProblem(create(ROOT, "big", "T", "x".repeat(200_001)), 400, "body.too_long");
        assertProblem(http.post(PAGES, ROOT, """
                {"slug":"fr-page","title":"T","body":"x","locale":"french","reason":"r"}"""), 400, "locale.invalid");
        assertThat(create(ADMIN, "team", "Team", "x").status()).isEqualTo(403);
        assertThat(create(TestTokens.staleSuperAdmin("editor"), "team", "Team", "x").status()).isEqualTo(401);
        assertThat(http.get(PAGES + "?q=big", ADMIN).json().get("items")).isEmpty();
        assertThat(http.get(PAGES + "/pg_nothing", ADMIN).status()).isEqualTo(404);
        assertProblem(change("POST", "/pg_nothing/publication", "\"0\"", "{\"reason\":\"r\"}"), 404, "not_found");
    }

    @Test
    void pagesAreListedWithFiltersAndPaging() {
        for (String slug : new String[]{"list-a", "list-b", "list-c"}) {
            assertThat(create(ROOT, slug, "Listed " + slug, "x").status()).isEqualTo(201);
        }
        JsonNode all = Eventually.await(() -> http.get(PAGES + "?q=listed&limit=2", ADMIN).json(),
                j -> j.get("items").size() == 2 && j.has("nextCursor"));
        JsonNode rest = http.get(PAGES + "?q=listed&limit=2&cursor=" + all.get("nextCursor").asText(), ADMIN)
                            .json();
        assertThat(rest.get("items")).hasSize(1);
        assertThat(all.findValuesAsText("slug")).doesNotContainAnyElementsOf(rest.findValuesAsText("slug"));
        assertThat(http.get(PAGES + "?q=listed&status=published", ADMIN).json().get("items")).isEmpty();
        assertThat(http.get(PAGES + "?q=listed&locale=de", ADMIN).json().get("items")).isEmpty();
        assertThat(http.get(PAGES + "?status=sideways", ADMIN).status()).isEqualTo(400);
    }
}
