package com.alumia.admin.app;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

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
}
