package com.alumia.admin.app.security;

import com.alumia.admin.app.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheaper security parts are the ones the running application uses. */
@ApplicationTest
class SecurityWiringTest {

    @Autowired
    JwtDecoder decoder;
    @Autowired
    HttpFirewall firewall;
    @Autowired
    FilterChainProxy filterChain;

    @Test
    void theDecoderRemembersVerifiedTokens() {
        assertThat(decoder).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void theFilterChainChecksHeadersWithTheLoops() {
        // The bean is a composite (Spring MVC's, around Spring Security's) around the chain that WebSecurity built,
        // which does the checking.
        Object chain = filterChain;
        while (chain.getClass().getSimpleName().equals("CompositeFilterChainProxy")) {
            chain = ReflectionTestUtils.getField(chain, "springSecurityFilterChain");
        }
        assertThat(ReflectionTestUtils.getField(chain, "firewall")).isSameAs(firewall);
    }
}
