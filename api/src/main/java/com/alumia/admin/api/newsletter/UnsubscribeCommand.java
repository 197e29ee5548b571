package com.alumia.admin.api.newsletter;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An unsubscription, from a link in a newsletter or a preference page ({@code source}). */
public record UnsubscribeCommand(@TargetAggregateIdentifier String subscriberId, String source) {
}
