package com.alumia.admin.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A test of the API over HTTP: the whole application, a client for its port, and an operator token.
 */
@ApplicationTest
abstract class ApiTest {

    static final String ADMIN = TestTokens.token("ops@example.com", "admin");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** Creates an org (a fresh super_admin's command) and waits until the directory has it. */
    String createOrg(String orgId, String name) {
        Http.Response created = http.post("/api/v1/admin/orgs", TestTokens.freshSuperAdmin("root@example.com"),
                "{\"orgId\":\"%s\",\"name\":\"%s\",\"reason\":\"pilot\"}".formatted(orgId, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Eventually.await(() -> http.get("/api/v1/admin/orgs/" + orgId, ADMIN), r -> r.status() == 200);
        return orgId;
    }

    /** An RFC 9457 problem of this status and code. */
    static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).isEqualTo("urn:alumia:problem:" + code);
    }
}
