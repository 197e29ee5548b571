package com.alumia.admin.app.security;

import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;

/**
 * Reads {@code auth_time} (seconds since the epoch, per OpenID Connect) from a token.
 */
public final class AuthTime {

    private AuthTime() {
    }

    public static Instant of(Jwt jwt) {
        Object value = jwt.getClaims().get("auth_time");
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
