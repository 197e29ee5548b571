package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.Identifiers;

/** A skill of the catalog, named by the product that publishes it. */
public record SkillId(String value) {

    public SkillId {
        Identifiers.require("skill id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
