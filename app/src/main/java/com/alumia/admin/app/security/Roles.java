package com.alumia.admin.app.security;

/**
 * The roles a token can carry. Platform operators are {@code admin} and {@code super_admin}; the rest are the
 * service roles of product services that feed events in.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String SUPER_ADMIN = "super_admin";
    public static final String INGEST = "ingest";
    /** A health probe reporting on deployment targets. */
    public static final String PROBE = "probe";
    /** Billing, reporting whether an org's payments go through. */
    public static final String BILLING = "billing";
    /** An edge router, resolving hosts to orgs and deployment targets. */
    public static final String EDGE = "edge";
    /** An agent (through the agent platform) asking to spend from its wallet. */
    public static final String AGENT = "agent";
    /** The agent-loop runtime, reading its resolved controls and carrying out session cancellations. */
    public static final String RUNTIME = "runtime";

    static final String AUTHORITY_PREFIX = "ROLE_";

    private Roles() {
    }

    static String authority(String role) {
        return AUTHORITY_PREFIX + role;
    }
}
