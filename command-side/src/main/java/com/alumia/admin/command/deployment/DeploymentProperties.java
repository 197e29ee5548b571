package com.alumia.admin.command.deployment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * Custom domains and their DNS checks ({@code alumia.deployments.*}).
 *
 * @param platformZone      the platform's own zone for enterprise hosts: a custom domain may not be a name in it
 * @param dnsResolvers      the resolvers checks ask, as {@code host} or {@code host:port}; none given, the
 *                          machine's own (from {@code /etc/resolv.conf})
 * @param dnsTimeout        how long a lookup waits for an answer
 * @param checkPollInterval how often this node looks for domains due for a check
 * @param recheckPending    how soon a domain not yet verified (pending or failed) is checked again
 * @param recheckVerified   how soon a verified domain is checked again
 */
@ConfigurationProperties("alumia.deployments")
public record DeploymentProperties(@DefaultValue("enterprise.alumia.com") String platformZone,
                                   @DefaultValue List<String> dnsResolvers,
                                   @DefaultValue("3s") Duration dnsTimeout,
                                   @DefaultValue("10s") Duration checkPollInterval,
                                   @DefaultValue("5m") Duration recheckPending,
                                   @DefaultValue("1h") Duration recheckVerified) {
}
