package com.alumia.admin.api.skill;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The product publishes a skill into the catalog. Publishing the same skill again with the same values changes
 * nothing; with other values it is refused.
 *
 * @param publisher who made the skill, if the product says
 */
public record PublishSkillCommand(@TargetAggregateIdentifier SkillId skillId, OrgId orgId, String name, String version,
                                  String publisher) {
}
