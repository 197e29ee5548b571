package com.alumia.admin.api.identity;

/**
 * A member's role within one org. Org roles never reach the platform: platform roles ({@code admin},
 * {@code super_admin}) come only from the identity provider's token, and no org role maps to one.
 */
public enum OrgRole {
    OWNER, ADMIN, MEMBER, BILLING, VIEWER
}
