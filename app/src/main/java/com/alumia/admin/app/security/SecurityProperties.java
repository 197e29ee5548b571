package com.alumia.admin.app.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * @param rolesClaim  the JWT claim that lists the caller's roles
 * @param orgClaim    the JWT claim that names the caller's org, if any
 * @param stepUp      what makes an authentication fresh and strong enough for destructive actions
 * @param localIssuer the embedded issuer of the single-process default
 * @param tokenCache  how verified tokens are remembered
 */
@ConfigurationProperties("alumia.security")
public record SecurityProperties(@DefaultValue("roles") String rolesClaim,
                                 @DefaultValue("org_id") String orgClaim,
                                 @DefaultValue StepUp stepUp,
                                 @DefaultValue LocalIssuer localIssuer,
                                 @DefaultValue TokenCache tokenCache) {

    /**
     * @param maxAge      how old {@code auth_time} may be
     * @param acceptedAcr {@code acr} values that count as strong authentication
     * @param acceptedAmr {@code amr} methods of which any one counts as strong authentication
     */
    public record StepUp(@DefaultValue("300s") Duration maxAge,
                         @DefaultValue("urn:alumia:acr:mfa") List<String> acceptedAcr,
                         @DefaultValue({"mfa", "hwk", "otp", "swk"}) List<String> acceptedAmr) {
    }

    /**
     * @param enabled use the key pair under {@code keyFile} to verify tokens
     * @param force   allow the local issuer in the postgres and axonserver profiles, which refuse it otherwise
     */
    public record LocalIssuer(@DefaultValue("false") boolean enabled,
                              @DefaultValue("false") boolean force,
                              @DefaultValue("./data/issuer/signing-key.json") Path keyFile,
                              @DefaultValue("alumia-local") String issuer) {
    }

    /**
     * A console or a service sends the same bearer token with every request until it expires; verifying its
     * signature each time (RSA, and the claims parsed again) was about a tenth of a triage-queue request's CPU. A token
     * that verified is remembered, by its exact text, until it expires or for {@code ttl}, whichever comes first:
     * {@code ttl} bounds how long a token signed by a key the issuer has since withdrawn is still accepted.
     *
     * @param ttl        how long a verified token is remembered at most; zero turns the cache off
     * @param maxEntries how many tokens are remembered at most (each costs a few kilobytes)
     */
    public record TokenCache(@DefaultValue("5m") Duration ttl,
                             @DefaultValue("1000") int maxEntries) {
    }
}
