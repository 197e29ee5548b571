package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.Identifiers;

/** A Stripe Issuing authorization, by its Stripe id ({@code iauth_…}). */
public record AuthorizationId(String value) {

    public AuthorizationId {
        Identifiers.require("authorization id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
