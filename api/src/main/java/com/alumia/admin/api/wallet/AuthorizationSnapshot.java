package com.alumia.admin.api.wallet;

/**
 * What a Stripe event says of an authorization.
 *
 * @param amount        in the currency's minor unit (cents)
 * @param declineReason Stripe's reason for the last decline ({@code webhook_declined}, {@code card_inactive}, …);
 *                      null when approved
 */
public record AuthorizationSnapshot(CardId cardId, long amount, String currency, String merchantName,
                                    String merchantCategory, boolean approved, String declineReason,
                                    AuthorizationStatus status) {
}
