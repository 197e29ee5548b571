package com.alumia.admin.api.skill;

public interface SkillEvent {

    SkillId skillId();
}
