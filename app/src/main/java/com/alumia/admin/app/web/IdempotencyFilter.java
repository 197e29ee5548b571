package com.alumia.admin.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * {@code Idempotency-Key} on POST mutations, with Stripe's semantics: the same key and body within the retention
 * window return the stored response (marked {@code Idempotent-Replayed: true}); the same key with another body or
 * path is a 422; a retry while the first request still runs is a 409. Keys are per caller. Responses that did not
 * run the mutation (malformed or refused requests) and server failures are not kept, so a corrected or later
 * retry with the same key runs.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 255;
    private static final Set<Integer> NOT_KEPT = Set.of(400, 401, 403, 404, 405, 406, 413, 415, 428, 429);

    private final IdempotencyStore store;
    private final Problems problems;

    IdempotencyFilter(IdempotencyStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
               || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            problems.write(request, response, Problems.of(HttpStatus.BAD_REQUEST, "idempotency_key_invalid",
                    "Idempotency-Key must be 1-" + MAX_KEY_LENGTH + " characters"));
            return;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String actor = auth == null ? "anonymous" : auth.getName();
        String fingerprint = fingerprint(request);
        Optional<IdempotencyStore.Record> existing = store.begin(actor, key, request.getMethod(),
                                                                 request.getRequestURI(), fingerprint);
        if (existing.isPresent()) {
            answerFromRecord(request, response, existing.get(), fingerprint);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (status < 500 && !NOT_KEPT.contains(status)) {
                store.complete(actor, key, status, recorded.getContentType(),
                               recorded.getHeader(HttpHeaders.LOCATION), recorded.getHeader(HttpHeaders.ETAG),
                               recorded.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                store.forget(actor, key);
            }
            recorded.copyBodyToResponse();
        }
    }

    private void answerFromRecord(HttpServletRequest request, HttpServletResponse response,
                                  IdempotencyStore.Record record, String fingerprint) throws IOException {
        if (!record.requestHash().equals(fingerprint)) {
            problems.write(request, response, Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "idempotency_key_reused",
                    "This Idempotency-Key was used for a different request; use a new key for a new request"));
            return;
        }
        if (!record.completed()) {
            problems.write(request, response, Problems.of(HttpStatus.CONFLICT, "idempotency_request_in_progress",
                    "A request with this Idempotency-Key is still running; retry once it has finished"));
            return;
        }
        response.setStatus(record.status());
        if (record.contentType() != null) {
            response.setContentType(record.contentType());
        }
        if (record.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, record.location());
        }
        if (record.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, record.etag());
        }
        response.setHeader("Idempotent-Replayed", "true");
        if (record.body() != null) {
            response.getOutputStream().write(record.body());
        }
    }

    private static String fingerprint(HttpServletRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n")
                                  .getBytes(StandardCharsets.UTF_8));
            digest.update(CachedBodyFilter.bodyOf(request));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
