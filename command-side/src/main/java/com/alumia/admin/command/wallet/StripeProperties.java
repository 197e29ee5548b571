package com.alumia.admin.command.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Stripe ({@code alumia.stripe.*}).
 *
 * @param webhookSecret the endpoint's signing secret ({@code whsec_…}); none configured, every webhook is refused
 * @param tolerance     how old a signed webhook may be (Stripe's own default is five minutes)
 */
@ConfigurationProperties("alumia.stripe")
public record StripeProperties(String webhookSecret, @DefaultValue("5m") Duration tolerance) {
}
