package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** An operator asked for a card action; the card-action process sends it to Stripe. */
@Revision("1")
public record WalletCardActionRequestedEvent(CardId cardId, String actionId, CardAction action) {
}
