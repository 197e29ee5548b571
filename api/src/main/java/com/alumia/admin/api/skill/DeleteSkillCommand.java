package com.alumia.admin.api.skill;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Deletes a skill (a fresh super_admin's, with a reason): it leaves the active catalog at once and can be restored
 * until its restore window ends, when the deletion becomes final. Deleting it again changes nothing.
 */
public record DeleteSkillCommand(@TargetAggregateIdentifier SkillId skillId) {
}
