package com.alumia.admin.api.skill;

import java.util.List;

/** @param nextCursor where the next page starts; null on the last page */
public record SkillList(List<SkillSummary> items, String nextCursor) {

    public SkillList {
        items = List.copyOf(items);
    }
}
