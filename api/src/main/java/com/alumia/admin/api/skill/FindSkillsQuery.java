package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;

/**
 * The catalog, most recently published first; null filters mean any. {@code state} {@code active} is the active
 * catalog, without the deleted skills.
 */
public record FindSkillsQuery(OrgId orgId, SkillState state, String cursor, int limit) {
}
