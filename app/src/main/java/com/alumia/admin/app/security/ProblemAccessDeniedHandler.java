package com.alumia.admin.app.security;

import com.alumia.admin.app.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.Map;

/**
 * An authenticated caller is refused: 403 for the wrong role, or the RFC 9470 step-up challenge (401 with
 * {@code insufficient_user_authentication}) when a fresher, stronger authentication would be accepted.
 */
class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final Problems problems;
    private final DeniedAttempts deniedAttempts;
    private final StepUpPolicy stepUp;

    ProblemAccessDeniedHandler(Problems problems, DeniedAttempts deniedAttempts, StepUpPolicy stepUp) {
        this.problems = problems;
        this.deniedAttempts = deniedAttempts;
        this.stepUp = stepUp;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof AuthorizationDeniedException denied
                && denied.getAuthorizationResult() instanceof StepUpRequired stepUpRequired) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, stepUp.challenge());
            deniedAttempts.record(request, HttpStatus.UNAUTHORIZED, "step_up_required");
            problems.write(request, response, Problems.of(HttpStatus.UNAUTHORIZED, "step_up_required",
                    "Authenticate again with a strong method, then retry: " + stepUpRequired.why(),
                    stepUp.problemProperties()));
            return;
        }
        deniedAttempts.record(request, HttpStatus.FORBIDDEN, "forbidden");
        problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "forbidden",
                "Your roles do not allow this route"));
    }
}
