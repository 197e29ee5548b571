package com.alumia.admin.api.wallet;

/** An authorization's status at Stripe. */
public enum AuthorizationStatus {
    PENDING, CLOSED, REVERSED, EXPIRED
}
