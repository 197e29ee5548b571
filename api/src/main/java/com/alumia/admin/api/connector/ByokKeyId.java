package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.Identifiers;

/** A registered reference to a customer's own model-provider key ({@code bk_…}). */
public record ByokKeyId(String value) {

    public ByokKeyId {
        Identifiers.require("key id", value);
    }

    public static ByokKeyId newId() {
        return new ByokKeyId(Identifiers.newValue("bk"));
    }

    @Override
    public String toString() {
        return value;
    }
}
