package com.alumia.admin.api.wallet;

/**
 * What a spend may be used for: a merchant by name, a merchant category (Stripe's names, such as
 * {@code computer_software_stores}), or both; at least one.
 */
public record SpendScope(String merchantName, String merchantCategory) {
}
