package com.alumia.admin.app.audit;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.app.security.AuthTime;
import com.alumia.admin.app.security.StepUpPolicy;
import com.alumia.admin.app.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is asking and from where, as audit metadata: taken from the current request and its verified token.
 */
@Component
public class RequestMetadata {

    private static final int MAX_USER_AGENT = 512;

    private final Clock clock;
    private final String orgClaim;

    private final StepUpPolicy stepUp;

    RequestMetadata(Clock clock, com.alumia.admin.app.security.SecurityProperties properties, StepUpPolicy stepUp) {
        this.clock = clock;
        this.orgClaim = properties.orgClaim();
        this.stepUp = stepUp;
    }

    /**
     * @return the metadata of the request this thread serves, or an empty map outside a request
     */
    public Map<String, Object> current() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return Map.of();
        }
        return of(attributes.getRequest(), SecurityContextHolder.getContext().getAuthentication());
    }

    public Map<String, Object> of(HttpServletRequest request, Authentication authentication) {
        Map<String, Object> meta = new HashMap<>();
        put(meta, AuditMetadata.REQUEST_ID, RequestIds.of(request));
        put(meta, AuditMetadata.CLIENT_ADDRESS, request.getRemoteAddr());
        String userAgent = request.getHeader("User-Agent");
        put(meta, AuditMetadata.USER_AGENT, userAgent == null || userAgent.length() <= MAX_USER_AGENT
                ? userAgent : userAgent.substring(0, MAX_USER_AGENT));
        put(meta, AuditMetadata.IDEMPOTENCY_KEY, request.getHeader("Idempotency-Key"));
        if (authentication instanceof JwtAuthenticationToken token) {
            Jwt jwt = token.getToken();
            put(meta, AuditMetadata.ACTOR, jwt.getSubject());
            meta.put(AuditMetadata.ACTOR_ROLES, token.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(a -> a.startsWith("ROLE_"))
                    .map(a -> a.substring("ROLE_".length()))
                    .toList());
            put(meta, AuditMetadata.ACTOR_ORG, jwt.getClaimAsString(orgClaim));
            Instant authTime = AuthTime.of(jwt);
            if (authTime != null) {
                meta.put(AuditMetadata.AUTH_TIME, authTime.toString());
                meta.put(AuditMetadata.STEP_UP_AGE_SECONDS, Duration.between(authTime, clock.instant()).toSeconds());
            }
            put(meta, AuditMetadata.ACR, jwt.getClaimAsString("acr"));
            List<String> amr = jwt.getClaimAsStringList("amr");
            if (amr != null) {
                meta.put(AuditMetadata.AMR, amr);
            }
            meta.put(AuditMetadata.FRESH_SUPER_ADMIN, stepUp.freshSuperAdmin(token));
        }
        return meta;
    }

    private static void put(Map<String, Object> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value);
        }
    }
}
