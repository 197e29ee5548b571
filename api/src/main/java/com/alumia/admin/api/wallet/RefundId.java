package com.alumia.admin.api.wallet;

import com.alumia.admin.api.common.Identifiers;

public record RefundId(String value) {

    public RefundId {
        Identifiers.require("refund id", value);
    }

    public static RefundId newId() {
        return new RefundId(Identifiers.newValue("rf"));
    }

    @Override
    public String toString() {
        return value;
    }
}
