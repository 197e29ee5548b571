package com.alumia.admin.api.deployment;

/**
 * The DNS records an org creates for a custom domain: a TXT record proving ownership, and a CNAME pointing the
 * name at the target's default host.
 */
public record DomainRecords(String txtName, String txtValue, String cnameName, String cnameTarget) {

    public static final String CHALLENGE_LABEL = "_alumia-challenge";
    public static final String TOKEN_PREFIX = "alumia-verify=";

    public static DomainRecords of(String hostname, String token, String cnameTarget) {
        return new DomainRecords(CHALLENGE_LABEL + "." + hostname, TOKEN_PREFIX + token, hostname, cnameTarget);
    }
}
