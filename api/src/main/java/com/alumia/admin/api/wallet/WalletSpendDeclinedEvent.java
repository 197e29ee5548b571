package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

@Revision("1")
public record WalletSpendDeclinedEvent(SpendRequestId requestId) {
}
