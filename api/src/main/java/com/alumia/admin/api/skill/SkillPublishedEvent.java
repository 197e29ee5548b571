package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record SkillPublishedEvent(SkillId skillId, OrgId orgId, String name, String version, String publisher)
        implements SkillEvent {
}
