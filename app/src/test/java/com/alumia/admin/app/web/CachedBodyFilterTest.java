package com.alumia.admin.app.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import jakarta.servlet.ServletInputStream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class CachedBodyFilterTest {

    private static final long LIMIT = 16;

    @Test
    void readsTheAnnouncedLength() throws IOException {
        assertThat(CachedBodyFilter.readAtMost(request("hello", true, false), LIMIT))
                .isEqualTo("hello".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimit() throws IOException {
        assertThat(CachedBodyFilter.readAtMost(request("x".repeat(16), false, true), LIMIT)).hasSize(16);
        assertThat(CachedBodyFilter.readAtMost(request("x".repeat(17), false, true), LIMIT)).isNull();
    }

    @Test
    void anAnnouncedLengthOverTheLimitIsRefusedUnread() throws IOException {
        MockHttpServletRequest request = request("x".repeat(17), true, false);
        assertThat(CachedBodyFilter.readAtMost(request, LIMIT)).isNull();
        assertThat(request.getInputStream().available()).isEqualTo(17);
    }

    @Test
    void aRequestThatAnnouncesNoBodyIsNotRead() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/admin/feedback") {
            @Override
            public ServletInputStream getInputStream() {
                throw new AssertionError("a request without a body is not read");
            }
        };
        assertThat(CachedBodyFilter.readAtMost(request, LIMIT)).isEmpty();
    }

    private static MockHttpServletRequest request(String body, boolean announced, boolean chunked) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/feedback") {
            @Override
            public long getContentLengthLong() {
                return announced ? super.getContentLengthLong() : -1;
            }
        };
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        if (chunked) {
            request.addHeader("Transfer-Encoding", "chunked");
        }
        return request;
    }
}
