package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/**
 * Stripe answered a card action: done (the card's status follows), or refused with its reason.
 */
@Revision("1")
public record WalletCardActionSettledEvent(CardId cardId, String actionId, CardAction action, boolean succeeded,
                                           String error) {
}
