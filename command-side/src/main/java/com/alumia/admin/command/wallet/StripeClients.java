package com.alumia.admin.command.wallet;

import com.stripe.StripeClient;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;

/** The one Stripe client of the application, pointed at the configured API base (a local stub in tests). */
@Configuration(proxyBeanMethods = false)
class StripeClients {

    /**
     * @param apiKey  the secret key ({@code sk_…}); none configured, calls fail and are recorded as failed
     * @param apiBase Stripe's API, or a stub server
     */
    @ConfigurationProperties("alumia.stripe.api")
    record ApiProperties(String apiKey, @DefaultValue("https://api.stripe.com") String apiBase,
                         @DefaultValue("10s") Duration readTimeout, @DefaultValue("3") int attempts,
                         @DefaultValue("500ms") Duration initialBackoff) {
    }

    @Bean
    StripeClient stripeClient(ApiProperties properties) {
        return StripeClient.builder()
                           .setApiKey(properties.apiKey() == null ? "sk_unset" : properties.apiKey())
                           .setApiBase(properties.apiBase())
                           .setReadTimeout((int) properties.readTimeout().toMillis())
                           .setConnectTimeout(5_000)
                           .setMaxNetworkRetries(0)
                           .build();
    }
}
