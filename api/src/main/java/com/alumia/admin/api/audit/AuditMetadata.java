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

    public static final List<String> KEYS = List.of(ACTOR, ACTOR_ROLES, ACTOR_ORG, AUTH_TIME, STEP_UP_AGE_SECONDS,
            ACR, AMR, REQUEST_ID, CLIENT_ADDRESS, USER_AGENT, REASON, IDEMPOTENCY_KEY);

    private AuditMetadata() {
    }
}
