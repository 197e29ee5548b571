package com.alumia.admin.api.site;

import com.alumia.admin.api.common.Identifiers;

public record PageId(String value) {

    public PageId {
        Identifiers.require("page id", value);
    }

    public static PageId newId() {
        return new PageId(Identifiers.newValue("pg"));
    }

    @Override
    public String toString() {
        return value;
    }
}
