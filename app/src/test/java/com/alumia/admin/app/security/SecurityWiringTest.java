package com.alumia.admin.app.security;

import com.alumia.admin.app.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.ObservationFilterChainDecorator;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

import java.util.List;

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
        assertThat(ReflectionTestUtils.getField(securityChain(), "firewall")).isSameAs(firewall);
    }

    @Test
    void theBearerTokenIsReadWithTheLoop() {
        Object filter = filterChain.getFilterChains().get(0).getFilters().stream()
                .filter(BearerTokenAuthenticationFilter.class::isInstance).findFirst().orElseThrow();
        assertThat(ReflectionTestUtils.getField(filter, "bearerTokenResolver")).isInstanceOf(BearerTokens.class);
    }

    @Test
    void noHandlerLookupRunsAheadOfTheChain() {
        assertThat(filterChain.getClass().getName())
                .isNotEqualTo(SecurityConfiguration.INTROSPECTOR_COMPOSITE)
                .as("the composite that only parses the request path once stays")
                .endsWith("WebSecurityConfiguration$CompositeFilterChainProxy");
    }

    @Test
    void routeRulesAreMatchedAsPathPatternsAndTheFiltersAreNotObserved() {
        Object chain = securityChain();
        assertThat(ReflectionTestUtils.getField(chain, "filterChainDecorator"))
                .isNotInstanceOf(ObservationFilterChainDecorator.class);
        AuthorizationFilter authorization = filterChain.getFilterChains().get(0).getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast)
                .findFirst().orElseThrow();
        List<?> mappings = (List<?>) ReflectionTestUtils.getField(authorization.getAuthorizationManager(), "mappings");
        // The first is the asynchronous dispatch, the last any request; every rule of RouteRules sits between.
        assertThat(mappings.subList(1, mappings.size() - 1))
                .isNotEmpty()
                .allSatisfy(entry -> assertThat(((RequestMatcherEntry<?>) entry).getRequestMatcher())
                        .isInstanceOf(PathPatternRequestMatcher.class));
    }

    private Object securityChain() {
        Object chain = filterChain;
        while (chain.getClass().getSimpleName().equals("CompositeFilterChainProxy")) {
            chain = ReflectionTestUtils.getField(chain, "springSecurityFilterChain");
        }
        return chain;
    }
}
