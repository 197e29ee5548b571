package com.alumia.admin.api.common;

public record OrgId(String value) {

    public OrgId {
        Identifiers.require("org id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
