package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.Identifiers;

public record SpendRequestId(String value) {

    public SpendRequestId {
        Identifiers.require("spend request id", value);
    }

    public static SpendRequestId newId() {
        return new SpendRequestId(Identifiers.newValue("sr"));
    }

    @Override
    public String toString() {
        return value;
    }
}
