package com.alumia.admin.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orgs with members, org roles and workspaces over HTTP: invitations, role changes with the last owner kept,
 * workspace hand-overs, suspension (a fresh super_admin's) that stops new set-ups, and the org's history.
 */
class OrgMembershipHttpTest extends ApiTest {

    private static final String ROOT = TestTokens.freshSuperAdmin("root@example.com");

    private final String org = "org-members-" + UUID.randomUUID().toString().substring(0, 8);
    private final String base = "/api/v1/admin/orgs/" + org;

    private Http.Response post(String path, String token, String body) {
        return http.post(base + path, token, body);
    }

    @Test
    void membersRolesWorkspacesAndSuspension() {
        assertThat(http.post("/api/v1/admin/orgs", ROOT, "{\"orgId\":\"" + org + "\",\"name\":\"Members Co\","
                                                         + "\"reason\":\"pilot\"}").status()).isEqualTo(201);
        assertThat(post("/members", ADMIN, "{\"email\":\"Ana@Members.example\",\"role\":\"owner\",\"reason\":\"founder\"}")
                           .status()).isEqualTo(201);
        assertThat(post("/members", ADMIN, "{\"email\":\"bo@members.example\",\"role\":\"member\",\"reason\":\"hire\"}")
                           .status()).isEqualTo(201);
        Http.Response platformRole = post("/members", ADMIN,
                "{\"email\":\"cy@members.example\",\"role\":\"super_admin\",\"reason\":\"nope\"}");
        assertThat(platformRole.status()).as("an org role is never a platform role").isEqualTo(400);
        assertThat(post("/members", ADMIN, "{\"email\":\"not-an-email\",\"role\":\"member\",\"reason\":\"r\"}").status())
                .isEqualTo(400);
        assertThat(post("/members", ADMIN, "{\"email\":\"bo@members.example\",\"role\":\"viewer\",\"reason\":\"r\"}")
                           .status()).isEqualTo(409);
        assertThat(http.post("/api/v1/admin/orgs/org-nowhere/members", ADMIN,
                "{\"email\":\"a@b.example\",\"role\":\"member\",\"reason\":\"r\"}").status()).isEqualTo(404);

        Http.Response lastOwner = post("/members/ana@members.example/role", ADMIN,
                "{\"role\":\"admin\",\"reason\":\"step down\"}");
        assertThat(lastOwner.status()).isEqualTo(409);
        assertThat(lastOwner.json().get("type").asText()).isEqualTo("urn:alumia:problem:org.last_owner");
        assertThat(post("/workspaces", ADMIN, "{\"workspaceId\":\"lab\",\"name\":\"Lab\","
                                              + "\"ownerEmail\":\"bo@members.example\",\"reason\":\"research\"}")
                           .status()).isEqualTo(201);
        assertThat(post("/members/bo@members.example/removal", ADMIN, "{\"reason\":\"left\"}").json().get("type")
                           .asText()).isEqualTo("urn:alumia:problem:org.member_owns_workspaces");
        assertThat(post("/workspaces/lab/transfer", ADMIN,
                "{\"toEmail\":\"ana@members.example\",\"reason\":\"bo leaves\"}").status()).isEqualTo(200);
        assertThat(post("/members/bo@members.example/removal", ADMIN, "{\"reason\":\"left\"}").status())
                .isEqualTo(200);

        // An org role grants nothing on the platform: an owner's token without a platform role is refused.
        assertThat(http.get(base, TestTokens.token("ana@members.example", "owner")).status()).isEqualTo(403);

        assertThat(post("/suspension", ADMIN, "{\"reason\":\"unpaid\"}").status()).isIn(401, 403);
        assertThat(post("/suspension", ROOT, "{\"reason\":\"unpaid invoices\"}").status()).isEqualTo(200);
        assertThat(post("/members", ADMIN, "{\"email\":\"dee@members.example\",\"role\":\"member\",\"reason\":\"r\"}")
                           .json().get("type").asText()).isEqualTo("urn:alumia:problem:org.suspended");
        JsonNode suspended = Eventually.await(() -> http.get(base, ADMIN),
                r -> r.status() == 200 && r.json().at("/org/status").asText().equals("suspended")).json();
        assertThat(http.post("/api/v1/admin/deployments/targets", ADMIN, """
                {"orgId":"%s","name":"T","region":"eu-west-1","routingMode":"shared","isolationMode":"shared_schema",
                 "defaultHosts":["%s.enterprise.alumia.com"],"migrationVersion":"1","reason":"r"}"""
                .formatted(org, org)).status()).as("nothing new for a suspended org").isEqualTo(409);

        assertThat(suspended.get("members").findValuesAsText("email")).containsExactly("ana@members.example");
        assertThat(suspended.at("/members/0/role").asText()).isEqualTo("owner");
        assertThat(suspended.at("/workspaces/0/ownerEmail").asText()).isEqualTo("ana@members.example");
        assertThat(suspended.get("history").findValuesAsText("action")).containsExactly("org.suspended",
                "org.member_removed", "org.workspace_transferred", "org.workspace_created", "org.member_invited",
                "org.member_invited", "org.created");
        assertThat(suspended.at("/history/0/actor").asText()).isEqualTo("root@example.com");
        assertThat(suspended.at("/history/0/reason").asText()).isEqualTo("unpaid invoices");
        assertThat(suspended.at("/history/2/summary").asText())
                .isEqualTo("workspace lab handed from bo@members.example to ana@members.example");
        assertThat(post("/reactivation", ROOT, "{\"reason\":\"paid\"}").status()).isEqualTo(200);
    }
}
