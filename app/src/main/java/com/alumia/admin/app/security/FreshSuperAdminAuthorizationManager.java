package com.alumia.admin.app.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code requireFreshSuperAdmin}: the role first (a wrong role is 403 and no step-up can change that), then the age
 * and strength of the authentication (401 with a step-up challenge).
 */
class FreshSuperAdminAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final SecurityProperties.StepUp stepUp;
    private final Clock clock;

    FreshSuperAdminAuthorizationManager(SecurityProperties.StepUp stepUp, Clock clock) {
        this.stepUp = stepUp;
        this.clock = clock;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (!(auth instanceof JwtAuthenticationToken token) || !auth.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        boolean superAdmin = token.getAuthorities().stream()
                                  .anyMatch(a -> a.getAuthority().equals(Roles.authority(Roles.SUPER_ADMIN)));
        if (!superAdmin) {
            return new AuthorizationDecision(false);
        }
        Jwt jwt = token.getToken();
        Instant authTime = AuthTime.of(jwt);
        if (authTime == null) {
            return new StepUpRequired("the token does not say when the user authenticated (auth_time)");
        }
        Duration age = Duration.between(authTime, clock.instant());
        if (age.compareTo(stepUp.maxAge()) > 0) {
            return new StepUpRequired("the authentication is " + age.toSeconds() + " s old; at most "
                                      + stepUp.maxAge().toSeconds() + " s is accepted");
        }
        if (!strongEnough(jwt)) {
            return new StepUpRequired("the authentication method is not strong enough for this action");
        }
        return new AuthorizationDecision(true);
    }

    private boolean strongEnough(Jwt jwt) {
        String acr = jwt.getClaimAsString("acr");
        if (acr != null && stepUp.acceptedAcr().contains(acr)) {
            return true;
        }
        List<String> amr = jwt.getClaimAsStringList("amr");
        return amr != null && amr.stream().anyMatch(stepUp.acceptedAmr()::contains);
    }
}
