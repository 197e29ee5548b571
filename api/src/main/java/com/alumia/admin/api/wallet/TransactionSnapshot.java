package com.alumia.admin.api.wallet;

/**
 * What a Stripe event says of a card transaction.
 *
 * @param type   {@code capture} (money left the wallet) or {@code refund} (money came back)
 * @param amount in the currency's minor unit, never negative: the direction is the type
 */
public record TransactionSnapshot(String cardId, String authorizationId, String type, long amount, String currency,
                                  String merchantName, String merchantCategory) {
}
