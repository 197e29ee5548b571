package com.alumia.admin.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public site: only published content, only while site.cms_enabled is on, sanitized, with conditional GETs;
 * and the sitemap beside it.
 */
class PublicSiteHttpTest extends ApiTest {

    private static final String PAGES = "/api/v1/admin/site/pages";
    private static final String ROOT = TestTokens.freshSuperAdmin("editor@example.com");

    private String page(String slug, String body) {
        Http.Response created = http.post(PAGES, ROOT, """
                {"slug":"%s","title":"Plans & <Prices>","body":"%s","seoDescription":"What it costs",
                 "locale":"en","reason":"launch"}""".formatted(slug, body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("pageId").asText();
    }

    private void send(String method, String path, String ifMatch, String body) {
        Http.Response r = http.request(method, path).token(ROOT).header("If-Match", ifMatch).json(body).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
    }

    private Http.Response site(String path) {
        return http.request("GET", path).header("Accept", "text/html").send();
    }

    @Test
    void publishedPagesRenderSanitizedOnlyWhileTheFlagIsOn() {
        String id = page("plans", "# Plans\\n\\nFree and **Team**.\\n\\n<script>alert(1)</script>\\n\\n"
                                  + "<img src=x onerror=alert(2)>\\n\\n[click](javascript:alert(3))");
        page("hidden-draft", "never published");
        send("POST", PAGES + "/" + id + "/publication", "\"0\"", "{\"reason\":\"launch\"}");
        Eventually.await(() -> http.get(PAGES + "/" + id, ADMIN),
                r -> r.status() == 200 && r.json().at("/summary/status").asText().equals("published"));

        assertThat(site("/site/plans").status()).as("no site.cms_enabled flag: off").isEqualTo(404);
        assertThat(site("/sitemap.xml").status()).isEqualTo(404);
        Http.Response flag = http.post("/api/v1/admin/runtime/flags", ADMIN, """
                {"key":"site.cms_enabled","type":"boolean","description":"The public site serves CMS pages",
                 "owner":"web team","defaultValue":true,"reason":"CMS launch"}""");
        assertThat(flag.status()).as(flag.body()).isEqualTo(201);

        Http.Response page = Eventually.await(() -> site("/site/plans"), r -> r.status() == 200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<title>Plans &amp; &lt;Prices&gt;</title>")
                .contains("<meta name=\"description\" content=\"What it costs\">")
                .contains("<h1>Plans</h1>").contains("<strong>Team</strong>")
                .doesNotContain("<script").doesNotContain("alert(1)").doesNotContain("onerror")
                .doesNotContain("href=\"javascript");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        String etag = page.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(page.header("Last-Modified")).isNotBlank();
        assertThat(http.request("GET", "/site/plans").header("If-None-Match", etag).send().status()).isEqualTo(304);
        assertThat(http.request("GET", "/site/plans").header("If-Modified-Since", page.header("Last-Modified"))
                       .send().status()).isEqualTo(304);

        // A draft edit stays off the site until it is published.
        send("PUT", PAGES + "/" + id + "/draft", "\"1\"", """
                {"title":"Plans","body":"Secret new prices","locale":"en","reason":"next quarter"}""");
        Eventually.await(() -> http.get(PAGES + "/" + id, ADMIN),
                r -> r.json().at("/summary/version").asLong() == 2);
        assertThat(site("/site/plans").body()).doesNotContain("Secret").contains("<h1>Plans</h1>");
        assertThat(site("/site/hidden-draft").status()).isEqualTo(404);
        assertThat(site("/site/Not_A_Slug").status()).isEqualTo(404);

        String sitemap = site("/sitemap.xml").body();
        assertThat(sitemap).contains("<loc>http://localhost:" + port + "/site/plans</loc>").contains("<lastmod>")
                .doesNotContain("hidden-draft");

        send("POST", PAGES + "/" + id + "/archival", "\"2\"", "{\"reason\":\"prices under review\"}");
        Eventually.await(() -> site("/site/plans"), r -> r.status() == 404);
        assertThat(site("/sitemap.xml").body()).doesNotContain("/site/plans");

        Http.Response off = http.request("PUT", "/api/v1/admin/runtime/flags/site.cms_enabled/value").token(ADMIN)
                                .header("If-Match", "\"0\"").json("{\"value\":false,\"reason\":\"site freeze\"}").send();
        assertThat(off.status()).as(off.body()).isEqualTo(200);
        Eventually.await(() -> site("/sitemap.xml"), r -> r.status() == 404);
    }
}
