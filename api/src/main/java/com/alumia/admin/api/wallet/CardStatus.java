package com.alumia.admin.api.wallet;

/** A card's status at Stripe. */
public enum CardStatus {
    ACTIVE, INACTIVE, CANCELED
}
