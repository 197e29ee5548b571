package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SkillRestoredEvent(SkillId skillId, OrgId orgId) implements SkillEvent {
}
