package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The org directory: created by a fresh super_admin with a reason, listed and read by operators. */
class OrgDirectoryHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private Http.Response create(String token, String orgId, String name) {
        return http.post("/api/v1/admin/orgs", token,
                "{\"orgId\":\"%s\",\"name\":\"%s\",\"reason\":\"signed the contract\"}".formatted(orgId, name));
    }

    @Test
    void orgsAreCreatedOnceAndListedInIdOrder() {
        Http.Response created = create(ROOT, "org-dir-b", "Beta GmbH");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/admin/orgs/org-dir-b");
        assertThat(create(ROOT, "org-dir-a", "Alpha Ltd").status()).isEqualTo(201);
        assertThat(create(ROOT, "org-dir-b", "Beta again").status()).isEqualTo(409);
        assertThat(create(ROOT, "not an id", "Gamma").status()).isEqualTo(400);
        assertThat(create(ROOT, "org-dir-c", " ").status()).isEqualTo(400);
        assertThat(create(ADMIN, "org-dir-d", "Delta").status()).isEqualTo(403);
        assertThat(create(TestTokens.staleSuperAdmin("root"), "org-dir-d", "Delta").status()).isEqualTo(401);

        JsonNode beta = Eventually.await(() -> http.get("/api/v1/admin/orgs/org-dir-b", ADMIN),
                r -> r.status() == 200).json();
        assertThat(beta.at("/org/name").asText()).isEqualTo("Beta GmbH");
        assertThat(beta.at("/org/status").asText()).isEqualTo("active");
        Eventually.await(() -> http.get("/api/v1/admin/orgs/org-dir-a", ADMIN), r -> r.status() == 200);
        assertThat(http.get("/api/v1/admin/orgs/org-dir-d", ADMIN).status()).as("refused, so never stored")
                .isEqualTo(404);

        JsonNode first = http.get("/api/v1/admin/orgs?limit=1&cursor=org-dir-", ADMIN).json();
        assertThat(first.at("/items/0/orgId").asText()).isEqualTo("org-dir-a");
        JsonNode next = http.get("/api/v1/admin/orgs?limit=1&cursor=" + first.get("nextCursor").asText(), ADMIN)
                            .json();
        assertThat(next.at("/items/0/orgId").asText()).isEqualTo("org-dir-b");

        JsonNode trail = Eventually.await(() -> http.get("/api/v1/admin/audit?action=org.created&aggregateId=org-dir-b",
                ADMIN), r -> r.status() == 200 && r.json().get("items").size() == 1).json();
        assertThat(trail.at("/items/0/actor/subject").asText()).isEqualTo("root@example.com");
        assertThat(trail.at("/items/0/reason").asText()).isEqualTo("signed the contract");
    }
}
