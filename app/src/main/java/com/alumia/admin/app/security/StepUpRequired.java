package com.alumia.admin.app.security;

import org.springframework.security.authorization.AuthorizationDecision;

/**
 * A refusal that a fresh, stronger authentication would turn around: answered with the RFC 9470 challenge.
 */
final class StepUpRequired extends AuthorizationDecision {

    private final String why;

    StepUpRequired(String why) {
        super(false);
        this.why = why;
    }

    String why() {
        return why;
    }
}
