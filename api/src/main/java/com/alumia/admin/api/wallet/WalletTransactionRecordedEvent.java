package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Money moved on a wallet's card: a capture or a refund. */
@Revision("1")
public record WalletTransactionRecordedEvent(String transactionId, TransactionSnapshot snapshot, String stripeEventId,
                                             Instant observedAt) {
}
