package com.alumia.admin.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Reads every request body once, up to a size limit, before anything else sees it: an oversized body is a 413
 * problem whether it announced its length or not, and later filters (the idempotency check) can read the body
 * again.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class CachedBodyFilter extends OncePerRequestFilter {

    private static final byte[] NO_BODY = new byte[0];

    private final long limit;
    private final Problems problems;

    CachedBodyFilter(@Value("${alumia.http.max-body-size:1MB}") DataSize limit, Problems problems) {
        this.limit = limit.toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = readAtMost(request, limit);
        if (body == null) {
            tooLarge(request, response);
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(request, response, Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, "request_too_large",
                "The request body is larger than " + limit + " bytes"));
    }

    /**
     * The request's body, or null when it is larger than {@code limit}. Read in one piece of the announced length;
     * a request that announces no length and is not chunked has no body (RFC 9112, 6.3) and is not read at all.
     * Every request passes here, so nothing is allocated that the body does not need.
     */
    static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
        long announced = request.getContentLengthLong();
        if (announced > limit) {
            return null;
        }
        if (announced == 0 || announced < 0 && request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null) {
            return NO_BODY;
        }
        if (announced > 0) {
            return request.getInputStream().readNBytes((int) announced);
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        return body.length > limit ? null : body;
    }

    static byte[] bodyOf(HttpServletRequest request) {
        return request instanceof CachedBodyRequest cached ? cached.body
                : request instanceof HttpServletRequestWrapper wrapper
                  && wrapper.getRequest() instanceof HttpServletRequest inner ? bodyOf(inner) : NO_BODY;
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
