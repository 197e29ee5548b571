package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The restore window of a deletion ended and the deletion is final. It carries the audit metadata of the operator
 * who deleted the skill: the completion of their request.
 */
@Revision("1")
public record SkillPurgedEvent(SkillId skillId, OrgId orgId, Instant restoreUntil) implements SkillEvent {
}
