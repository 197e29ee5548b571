package com.alumia.admin.command.site;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.net.URI;
import java.time.Duration;

/**
 * The front end's revalidation endpoint ({@code alumia.site.revalidation.*}).
 *
 * @param url            where revalidation requests go; none configured, pages are marked as not revalidated
 * @param secret         the HMAC-SHA256 key the front end checks the {@code X-Alumia-Signature} header with
 * @param attempts       tries per event before it goes to the dead-letter queue
 * @param initialBackoff wait after the first failed try, doubled after each one up to {@code maxBackoff}
 * @param timeout        for each try
 */
@ConfigurationProperties("alumia.site.revalidation")
public record RevalidationProperties(URI url, String secret, @DefaultValue("4") int attempts,
                                     @DefaultValue("500ms") Duration initialBackoff,
                                     @DefaultValue("5s") Duration maxBackoff, @DefaultValue("5s") Duration timeout) {
}
