package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * A skill as a command left it: what publishing, deleting or restoring answers, the first time and on every repeat.
 *
 * @param restoreUntil while deleted (and once purged), when the restore window ends
 * @param revision     the skill's version in the log (its entity tag)
 * @param changed      false when the command was a repeat that changed nothing
 */
public record SkillStatus(SkillId skillId, OrgId orgId, SkillState state, Instant restoreUntil, long revision,
                          boolean changed) {
}
