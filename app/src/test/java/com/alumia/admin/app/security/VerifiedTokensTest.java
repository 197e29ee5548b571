package com.alumia.admin.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    /** A decoder that counts its checks: "bad..." fails, "noexp..." has no expiry, anything else expires in 1 h. */
    private final List<String> checked = new ArrayList<>();
    private final JwtDecoder delegate = token -> {
        checked.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature does not match");
        }
        Jwt.Builder jwt = Jwt.withTokenValue(token).header("alg", "RS256").subject("ops").issuedAt(NOW);
        return token.startsWith("noexp") ? jwt.build() : jwt.expiresAt(NOW.plus(Duration.ofHours(1))).build();
    };
    private final MutableClock clock = new MutableClock();

    @Test
    void aVerifiedTokenIsCheckedOnceWhileItIsRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, Duration.ofMinutes(5), 100, clock);

        Jwt first = tokens.decode("t1");
        clock.now = NOW.plus(Duration.ofMinutes(4));
        assertThat(tokens.decode("t1")).isSameAs(first);
        assertThat(checked).containsExactly("t1");

        clock.now = NOW.plus(Duration.ofMinutes(5));
        tokens.decode("t1");
        assertThat(checked).containsExactly("t1", "t1");
    }

    @Test
    void aTokenIsRememberedNoLongerThanItsExpiry() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, Duration.ofHours(2), 100, clock);
        tokens.decode("t1");
        clock.now = NOW.plus(Duration.ofMinutes(59));
        tokens.decode("t1");
        clock.now = NOW.plus(Duration.ofHours(1));
        tokens.decode("t1");
        assertThat(checked).containsExactly("t1", "t1");
    }

    @Test
    void failuresAndTokensWithoutExpiryAreCheckedEveryTime() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, Duration.ofMinutes(5), 100, clock);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
            tokens.decode("noexp");
        }
        assertThat(checked).containsExactly("bad", "noexp", "bad", "noexp");
    }

    @Test
    void aFullCacheStartsAgain() {
        VerifiedTokens tokens = new VerifiedTokens(delegate, Duration.ofMinutes(5), 2, clock);
        tokens.decode("t1");
        tokens.decode("t2");
        tokens.decode("t3");
        tokens.decode("t3");
        tokens.decode("t1");
        assertThat(checked).containsExactly("t1", "t2", "t3", "t1");
    }

    @Test
    void aZeroTtlTurnsTheCacheOff() {
        JwtDecoder off = VerifiedTokens.around(delegate, new SecurityProperties.TokenCache(Duration.ZERO, 100));
        assertThat(off).isSameAs(delegate);
        assertThat(VerifiedTokens.around(delegate, new SecurityProperties.TokenCache(Duration.ofMinutes(5), 100)))
                .isInstanceOf(VerifiedTokens.class);
    }

    private static final class MutableClock extends Clock {
        Instant now = NOW;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
