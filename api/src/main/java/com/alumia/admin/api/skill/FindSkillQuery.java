package com.alumia.admin.api.skill;

public record FindSkillQuery(SkillId skillId) {
}
