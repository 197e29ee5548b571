package com.alumia.admin.query.skill;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.skill.FindSkillQuery;
import com.alumia.admin.api.skill.FindSkillsQuery;
import com.alumia.admin.api.skill.SkillDetail;
import com.alumia.admin.api.skill.SkillId;
import com.alumia.admin.api.skill.SkillList;
import com.alumia.admin.api.skill.SkillState;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The skill catalog for operators (/admin/skills); {@code state=active} is the active catalog. */
@RestController
class SkillQueryController {

    private final Queries queries;

    SkillQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/skills")
    SkillList skills(@RequestParam(required = false) String orgId, @RequestParam(required = false) SkillState state,
                     @RequestParam(required = false) String cursor,
                     @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new FindSkillsQuery(orgId == null ? null : new OrgId(orgId), state,
                cursor, limit), SkillList.class);
    }

    /** One skill with its history from the log. */
    @GetMapping("/api/v1/admin/skills/{skillId}")
    ResponseEntity<SkillDetail> skill(@PathVariable String skillId) {
        SkillDetail skill = queries.askOptional(new FindSkillQuery(new SkillId(skillId)), SkillDetail.class)
                                   .orElseThrow(() -> new NotFoundException("skill", skillId));
        return ResponseEntity.ok().eTag(EntityTags.of(skill.summary().revision())).body(skill);
    }
}
