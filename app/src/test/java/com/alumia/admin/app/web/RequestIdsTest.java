package com.alumia.admin.app.web;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    private final RequestIds filter = new RequestIds();

    private String loggedWhileHandling(MockHttpServletRequest request, MockHttpServletResponse response)
            throws Exception {
        AtomicReference<String> logged = new AtomicReference<>();
        filter.doFilter(request, response, (req, res) -> logged.set(MDC.get(RequestIds.LOG_KEY)));
        return logged.get();
    }

    @Test
    void whatIsLoggedDuringARequestCarriesTheIdItsResponseGives() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        String logged = loggedWhileHandling(new MockHttpServletRequest("POST", "/api/v1/admin/orgs"), response);
        assertThat(logged).isNotBlank().isEqualTo(response.getHeader(RequestIds.HEADER));
        assertThat(MDC.get(RequestIds.LOG_KEY)).as("the id does not outlive the request on its thread").isNull();
    }

    @Test
    void aSaneIdFromTheCallerIsKeptAndAnInsaneOneReplaced() throws Exception {
        MockHttpServletRequest given = new MockHttpServletRequest("GET", "/api/v1/admin/orgs");
        given.addHeader(RequestIds.HEADER, "gw-7f3a:42");
        assertThat(loggedWhileHandling(given, new MockHttpServletResponse())).isEqualTo("gw-7f3a:42");

        MockHttpServletRequest forged = new MockHttpServletRequest("GET", "/api/v1/admin/orgs");
        forged.addHeader(RequestIds.HEADER, "x\n2026-11-25 ERROR forged line");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(loggedWhileHandling(forged, response)).doesNotContain("forged")
                .isEqualTo(response.getHeader(RequestIds.HEADER));
    }
}
