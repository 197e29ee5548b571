package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** Stripe sent an event of a type the wallets do not use; it was acknowledged so that Stripe stops sending it. */
@Revision("1")
public record StripeEventIgnoredEvent(String stripeEventId, String type) {
}
