package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * One skill of the catalog as operators list it.
 *
 * @param version  the skill's own version, as the product published it
 * @param revision the skill's version in the log (its entity tag)
 */
public record SkillSummary(SkillId skillId, OrgId orgId, String name, String version, String publisher,
                           SkillState state, Instant publishedAt, Instant deletedAt, Instant restoreUntil,
                           Instant purgedAt, long revision) {
}
