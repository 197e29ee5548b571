package com.alumia.admin.command.common;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * One attempt to POST a body to a receiver, signed with {@code X-Alumia-Signature} ({@link Signatures}) and with an
 * {@code Idempotency-Key}, so a receiver can check where it came from and drop a second copy. Any 2xx is an
 * acknowledgement; anything else, or no answer within the timeout, is a failure with its reason.
 */
public final class SignedPost {

    private SignedPost() {
    }

    /** @param status null when no answer came; {@code error} is null exactly when the receiver acknowledged */
    public record Outcome(Integer status, long millis, String error) {

        public boolean acknowledged() {
            return error == null;
        }
    }

    /**
     * Exponential backoff: after failed attempt {@code attempt} at {@code now}, the next is due {@link #backoff}
     * later; null once {@code attempts} have been made.
     */
    public static Instant nextAttempt(int attempt, int attempts, Duration initial, Duration max, Instant now) {
        return attempt >= attempts ? null : now.plus(backoff(attempt, initial, max));
    }

    /**
     * The wait after failed attempt {@code attempt} (from 1): {@code initial} doubled per earlier failure, at most
     * {@code max}.
     */
    public static Duration backoff(int attempt, Duration initial, Duration max) {
        Duration wait = initial.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(max) > 0 ? max : wait;
    }

    public static Outcome send(HttpClient http, URI url, String secret, String idempotencyKey, String contentType,
                               String body, Map<String, String> headers, Duration timeout, Clock clock)
            throws InterruptedException {
        long started = System.nanoTime();
        Integer status = null;
        String error;
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(timeout)
                    .header("Content-Type", contentType)
                    .header("Idempotency-Key", idempotencyKey)
                    .header(Signatures.ALUMIA_HEADER, Signatures.alumiaHeader(secret, clock.instant().getEpochSecond(),
                            body))
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            headers.forEach(request::header);
            status = http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            error = status >= 200 && status < 300 ? null : "HTTP " + status;
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        return new Outcome(status, (System.nanoTime() - started) / 1_000_000, error);
    }
}
