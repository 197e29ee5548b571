package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** An authorization changed at Stripe (captured, reversed, expired, or its amount adjusted). */
@Revision("1")
public record WalletAuthorizationUpdatedEvent(AuthorizationId authorizationId, AuthorizationSnapshot snapshot,
                                              String stripeEventId, Instant observedAt) {
}
