package com.alumia.admin.app.security;

import com.alumia.admin.app.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;

/**
 * No or bad credentials: 401 with the bearer challenge Spring computes, and a problem body saying what to do.
 */
class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final Problems problems;
    private final DeniedAttempts deniedAttempts;

    ProblemAuthenticationEntryPoint(Problems problems, DeniedAttempts deniedAttempts) {
        this.problems = problems;
        this.deniedAttempts = deniedAttempts;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        challenge.commence(request, response, e);
        deniedAttempts.record(request, HttpStatus.UNAUTHORIZED, "unauthenticated");
        boolean tokenSent = request.getHeader("Authorization") != null;
        problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED,
                tokenSent ? "invalid_token" : "authentication_required",
                tokenSent ? "The bearer token is not valid: " + e.getMessage()
                          : "This route needs a bearer token (Authorization: Bearer ...)"));
    }
}
