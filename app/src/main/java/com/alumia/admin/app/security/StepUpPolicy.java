package com.alumia.admin.app.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a fresh super_admin is: the role, and an authentication recent and strong enough ({@code alumia.security
 * .step-up}). Routes that always need one check it before the handler runs; commands whose need depends on what
 * they change (a kill switch) get the answer in their metadata and decide. Both answer with the same RFC 9470
 * challenge.
 */
@Component
public class StepUpPolicy {

    private final SecurityProperties.StepUp stepUp;
    private final Clock clock;

    StepUpPolicy(SecurityProperties properties, Clock clock) {
        this.stepUp = properties.stepUp();
        this.clock = clock;
    }

    public boolean superAdmin(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token && token.isAuthenticated()
               && token.getAuthorities().stream()
                       .anyMatch(a -> a.getAuthority().equals(Roles.authority(Roles.SUPER_ADMIN)));
    }

    /** Why the authentication is not a fresh step-up, or empty when it is (the role is checked apart). */
    public Optional<String> staleness(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return Optional.of("the request carries no token");
        }
        Jwt jwt = token.getToken();
        Instant authTime = AuthTime.of(jwt);
        if (authTime == null) {
            return Optional.of("the token does not say when the user authenticated (auth_time)");
        }
        Duration age = Duration.between(authTime, clock.instant());
        if (age.compareTo(stepUp.maxAge()) > 0) {
            return Optional.of("the authentication is " + age.toSeconds() + " s old; at most "
                               + stepUp.maxAge().toSeconds() + " s is accepted");
        }
        if (!strongEnough(jwt)) {
            return Optional.of("the authentication method is not strong enough for this action");
        }
        return Optional.empty();
    }

    public boolean freshSuperAdmin(Authentication authentication) {
        return superAdmin(authentication) && staleness(authentication).isEmpty();
    }

    /** The {@code WWW-Authenticate} value that asks the client to authenticate again. */
    public String challenge() {
        return "Bearer error=\"insufficient_user_authentication\", "
               + "error_description=\"A recent strong authentication is required\", "
               + "max_age=" + stepUp.maxAge().toSeconds() + ", acr_values=\"" + String.join(" ", stepUp.acceptedAcr())
               + "\"";
    }

    /** The facts a step-up problem response carries. */
    public Map<String, Object> problemProperties() {
        return Map.of("maxAge", stepUp.maxAge().toSeconds(), "acrValues", stepUp.acceptedAcr());
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
