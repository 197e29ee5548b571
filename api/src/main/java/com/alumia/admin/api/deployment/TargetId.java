package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.Identifiers;

/** A deployment target ({@code dt_…}). */
public record TargetId(String value) {

    public TargetId {
        Identifiers.require("target id", value);
    }

    public static TargetId newId() {
        return new TargetId(Identifiers.newValue("dt"));
    }

    @Override
    public String toString() {
        return value;
    }
}
