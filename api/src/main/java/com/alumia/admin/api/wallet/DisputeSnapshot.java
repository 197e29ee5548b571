package com.alumia.admin.api.wallet;

/**
 * What a Stripe event says of a dispute of a card transaction.
 *
 * @param status {@code unsubmitted}, {@code submitted}, {@code won}, {@code lost} or {@code expired}
 * @param reason the dispute's reason ({@code fraudulent}, {@code not_received}, …)
 */
public record DisputeSnapshot(String transactionId, long amount, String currency, String status, String reason,
                              String lossReason) {
}
