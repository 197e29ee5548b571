package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A card's status changed at Stripe.
 *
 * @param reason Stripe's cancellation reason for a canceled card ({@code lost}, {@code stolen}, …); null otherwise
 */
@Revision("1")
public record WalletCardStatusChangedEvent(CardId cardId, CardStatus from, CardStatus to, String reason,
                                           String stripeEventId, Instant observedAt) {
}
