package com.alumia.admin.app.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link JwtDecoder} that remembers the tokens its delegate verified (see {@link SecurityProperties.TokenCache}).
 * <p>
 * A token is looked up by its exact text, signature included, so a hit is a token that verified before, byte for
 * byte. It is remembered until its {@code exp} or for the configured time, whichever is sooner; a token without
 * {@code exp}, and a token that fails, are never remembered, so a failing token costs a full check every time. When
 * the cache is full it is emptied: the next requests verify again.
 */
class VerifiedTokens implements JwtDecoder {

    private record Verified(Jwt jwt, Instant until) {
    }

    private final JwtDecoder delegate;
    private final Duration ttl;
    private final int maxEntries;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder delegate, Duration ttl, int maxEntries, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified hit = verified.get(token);
        if (hit != null) {
            if (now.isBefore(hit.until())) {
                return hit.jwt();
            }
            verified.remove(token, hit);
        }
        Jwt jwt = delegate.decode(token);
        if (jwt.getExpiresAt() != null) {
            Instant until = now.plus(ttl);
            if (jwt.getExpiresAt().isBefore(until)) {
                until = jwt.getExpiresAt();
            }
            if (verified.size() >= maxEntries) {
                verified.clear();
            }
            verified.put(token, new Verified(jwt, until));
        }
        return jwt;
    }

    /** Wraps the decoder in a cache of verified tokens unless the settings turn it off. */
    static JwtDecoder around(JwtDecoder decoder, SecurityProperties.TokenCache settings) {
        if (settings.ttl().isZero() || settings.ttl().isNegative() || settings.maxEntries() <= 0) {
            return decoder;
        }
        return new VerifiedTokens(decoder, settings.ttl(), settings.maxEntries(), Clock.systemUTC());
    }
}
