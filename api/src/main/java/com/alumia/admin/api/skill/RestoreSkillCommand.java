package com.alumia.admin.api.skill;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Brings a deleted skill back (a fresh super_admin's, with a reason), within its restore window only. */
public record RestoreSkillCommand(@TargetAggregateIdentifier SkillId skillId) {
}
