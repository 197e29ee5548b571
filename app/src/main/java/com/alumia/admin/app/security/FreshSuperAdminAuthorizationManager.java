package com.alumia.admin.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code requireFreshSuperAdmin}: the role first (a wrong role is 403 and no step-up can change that), then the age
 * and strength of the authentication (401 with a step-up challenge).
 */
class FreshSuperAdminAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final StepUpPolicy policy;

    FreshSuperAdminAuthorizationManager(StepUpPolicy policy) {
        this.policy = policy;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (!policy.superAdmin(auth)) {
            return new AuthorizationDecision(false);
        }
        Optional<String> stale = policy.staleness(auth);
        return stale.<AuthorizationDecision>map(StepUpRequired::new).orElseGet(() -> new AuthorizationDecision(true));
    }
}
