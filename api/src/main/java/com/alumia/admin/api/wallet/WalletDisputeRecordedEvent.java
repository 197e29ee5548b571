package com.alumia.admin.api.wallet;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** A dispute of a card transaction became known, or changed (its status, its outcome). */
@Revision("1")
public record WalletDisputeRecordedEvent(String disputeId, DisputeSnapshot snapshot, String stripeEventId,
                                         Instant observedAt) {
}
