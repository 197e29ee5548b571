package com.alumia.admin.app.security;

import com.alumia.admin.app.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's token decoder is the one that remembers verified tokens. */
@ApplicationTest
class TokenCacheWiringTest {

    @Autowired
    JwtDecoder decoder;

    @Test
    void theDecoderRemembersVerifiedTokens() {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
    }
}
