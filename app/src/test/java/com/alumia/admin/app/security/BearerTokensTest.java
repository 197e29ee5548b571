package com.alumia.admin.app.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The loop takes the token Spring Security's expression takes, and refuses what it refuses, in the same words. */
class BearerTokensTest {

    private final DefaultBearerTokenResolver expression = new DefaultBearerTokenResolver();
    private final BearerTokens loop = new BearerTokens();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJvcHMifQ.c2ln-_~+/", "bearer abc", "BEARER abc==",
            "Bearer a=", "Bearer a==b", "Bearer ", "Bearer", "Bearer  abc", "Bearer abc ", "Bearer abc\n",
            "Bearer\tabc", "Bearerabc", "Bearer ab c", "Bearer ab%c", "Bearer é", "Bearer =", "bearerx abc",
            "Basic dXNlcjpwYXNz", "Token abc", "", " Bearer abc", "Bearer abc\u0000"})
    void readsAHeaderAsTheExpressionDoes(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", header);

        Outcome expected = outcome(() -> expression.resolve(request));
        Outcome actual = outcome(() -> loop.resolve(request));

        assertThat(actual).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void noHeaderIsNoToken() {
        assertThat(loop.resolve(new MockHttpServletRequest())).isNull();
    }

    private record Outcome(String token, String error, String description) {
    }

    private static Outcome outcome(java.util.function.Supplier<String> resolve) {
        OAuth2AuthenticationException refused = catchThrowableOfType(OAuth2AuthenticationException.class,
                resolve::get);
        return refused == null ? new Outcome(resolve.get(), null, null)
                : new Outcome(null, refused.getError().getErrorCode(), refused.getError().getDescription());
    }
}
