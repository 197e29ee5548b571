package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

/** Part of an approved spend request was taken by a card authorization it covered. */
@Revision("1")
public record WalletSpendReservedEvent(SpendRequestId requestId, AuthorizationId authorizationId, long amount) {
}
