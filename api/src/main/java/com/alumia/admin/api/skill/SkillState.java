package com.alumia.admin.api.skill;

/**
 * Where a skill stands: in the active catalog, deleted but restorable until its window ends, or purged for good.
 */
public enum SkillState {
    ACTIVE, DELETED, PURGED
}
