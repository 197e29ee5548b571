package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.Identifiers;

/** A Stripe Issuing card, by its Stripe id ({@code ic_…}). */
public record CardId(String value) {

    public CardId {
        Identifiers.require("card id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
