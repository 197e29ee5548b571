package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An authorization on a wallet's card became known: approved or declined, for how much, where. */
@Revision("1")
public record WalletAuthorizationRecordedEvent(AuthorizationId authorizationId, AuthorizationSnapshot snapshot,
                                               String stripeEventId, Instant observedAt) {
}
