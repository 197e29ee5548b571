package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** The skill left the active catalog; it can be restored until {@code restoreUntil}, then it is purged. */
@Revision("1")
public record SkillDeletedEvent(SkillId skillId, OrgId orgId, Instant restoreUntil) implements SkillEvent {
}
