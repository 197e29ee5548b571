package com.alumia.admin.command.broadcast;

import com.alumia.admin.command.common.SignedPost;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * Broadcast delivery ({@code alumia.broadcasts.*}): the product's notification service receives each chunk of a
 * broadcast's orgs, signed with {@code secret}.
 *
 * @param endpoint       where chunks are POSTed; without one, broadcasts are refused (nothing could deliver them)
 * @param secret         signs each delivery ({@code X-Alumia-Signature})
 * @param chunkSize      orgs per delivery
 * @param attempts       attempts per chunk before its orgs count as failed
 * @param initialBackoff wait after the first failed attempt, doubled after each one up to {@code maxBackoff}
 * @param timeout        for each attempt
 * @param pollInterval   how often this node looks for deliveries due
 */
@ConfigurationProperties("alumia.broadcasts")
public record BroadcastProperties(URI endpoint, @DefaultValue("") String secret, @DefaultValue("200") int chunkSize,
                                  @DefaultValue("5") int attempts, @DefaultValue("2s") Duration initialBackoff,
                                  @DefaultValue("5m") Duration maxBackoff, @DefaultValue("10s") Duration timeout,
                                  @DefaultValue("500ms") Duration pollInterval) {

    public BroadcastProperties {
        if (chunkSize < 1 || chunkSize > 10_000) {
            throw new IllegalArgumentException("alumia.broadcasts.chunk-size is 1 to 10,000, not " + chunkSize);
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("alumia.broadcasts.attempts is at least 1, not " + attempts);
        }
    }

    /** Whether broadcasts can be delivered at all: a notification endpoint is configured. */
    boolean configured() {
        return endpoint != null;
    }

    Instant nextAttempt(int attempt, Instant now) {
        return SignedPost.nextAttempt(attempt, attempts, initialBackoff, maxBackoff, now);
    }
}
