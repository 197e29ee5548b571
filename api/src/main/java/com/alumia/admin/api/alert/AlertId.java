package com.alumia.admin.api.alert;

import com.alumia.admin.api.common.Identifiers;

public record AlertId(String value) {

    public AlertId {
        Identifiers.require("alert id", value);
    }

    public static AlertId newId() {
        return new AlertId(Identifiers.newValue("al"));
    }

    @Override
    public String toString() {
        return value;
    }
}
