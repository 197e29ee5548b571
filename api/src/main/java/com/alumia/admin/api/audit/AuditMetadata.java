package com.alumia.admin.api.audit;

import java.util.List;

/**
 * The metadata keys every command carries and Axon copies onto its events: together they make each event an
 * audit record.
 */
public final class AuditMetadata {

    public static final String ACTOR = "actor";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ACTOR_ORG = "actorOrg";
    public static final String AUTH_TIME = "authTime";
    public static final String STEP_UP_AGE_SECONDS = "stepUpAgeSeconds";
    public static final String ACR = "acr";
    public static final String AMR = "amr";
    public static final String REQUEST_ID = "requestId";
    public static final String CLIENT_ADDRESS = "clientAddress";
    public static final String USER_AGENT = "userAgent";
    public static final String REASON = "reason";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * Whether the actor was a super_admin with a fresh, strong enough authentication (the step-up policy) when
     * the request was made: for commands whose need of one depends on what they change.
     */
    public static final String FRESH_SUPER_ADMIN = "freshSuperAdmin";

    public static final List<String> KEYS = List.of(ACTOR, ACTOR_ROLES, ACTOR_ORG, AUTH_TIME, STEP_UP_AGE_SECONDS,
            ACR, AMR, REQUEST_ID, CLIENT_ADDRESS, USER_AGENT, REASON, IDEMPOTENCY_KEY, FRESH_SUPER_ADMIN);

    private AuditMetadata() {
    }
}
