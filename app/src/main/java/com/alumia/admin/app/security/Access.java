package com.alumia.admin.app.security;

import java.util.List;

/**
 * What a route demands of its caller. Every route names one of these explicitly in {@link RouteRules}.
 */
public sealed interface Access {

    /** Anyone, without a token. */
    record Public() implements Access {
    }

    /** A token with any of these roles. */
    record AnyRole(List<String> roles) implements Access {
    }

    /**
     * {@code super_admin} with a recent and strong enough authentication ({@code requireFreshSuperAdmin}): destructive
     * and cross-tenant changes.
     */
    record FreshSuperAdmin() implements Access {
    }

    static Access publicAccess() {
        return new Public();
    }

    static Access operators() {
        return new AnyRole(List.of(Roles.ADMIN, Roles.SUPER_ADMIN));
    }

    static Access service(String role) {
        return new AnyRole(List.of(role));
    }

    static Access freshSuperAdmin() {
        return new FreshSuperAdmin();
    }
}
