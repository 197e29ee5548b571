package com.alumia.admin.api.newsletter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * A confirmed newsletter subscription, as the site reports it after the subscriber confirmed (double opt-in is the
 * site's). {@code subscriberId} derives from the canonical address, so an address is one subscriber.
 */
public record SubscribeCommand(@TargetAggregateIdentifier String subscriberId, String email, String locale,
                               String source, Instant consentAt) {
}
