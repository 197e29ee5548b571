package com.alumia.admin.command.skill;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.skill.DeleteSkillCommand;
import com.alumia.admin.api.skill.PublishSkillCommand;
import com.alumia.admin.api.skill.RestoreSkillCommand;
import com.alumia.admin.api.skill.SkillId;
import com.alumia.admin.api.skill.SkillStatus;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The skill catalog's changes: the product publishes skills (the ingest role), and a fresh super_admin deletes them
 * into their restore window or restores them from it. Each answers the skill as it stands, the first time and on
 * every repeat.
 */
@RestController
class SkillCommandController {

    private final CommandSender commands;
    private final KnownOrgs orgs;

    SkillCommandController(CommandSender commands, KnownOrgs orgs) {
        this.commands = commands;
        this.orgs = orgs;
    }

    /** @param version the skill's own version, such as {@code 1.4.0} */
    record PublishRequest(@NotBlank @Size(max = 128) String skillId, @NotBlank String orgId,
                          @NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 64) String version,
                          @Size(max = 200) String publisher) {
    }

    record ReasonRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    /** Idempotent by skill id: 201 when the skill is new, 200 with the skill as it stands on a repeat. */
    @PostMapping("/api/v1/skills")
    ResponseEntity<SkillStatus> publish(@Valid @RequestBody PublishRequest request) {
        SkillId id = new SkillId(request.skillId());
        SkillStatus status = commands.send(new PublishSkillCommand(id, orgs.require(new OrgId(request.orgId())),
                request.name(), request.version(), request.publisher()));
        ResponseEntity.BodyBuilder response = status.changed()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/skills/" + id))
                : ResponseEntity.ok();
        return response.eTag(EntityTags.of(status.revision())).body(status);
    }

    /** Destructive: the skill leaves the active catalog at once, and is purged when its restore window ends. */
    @PostMapping("/api/v1/admin/skills/{skillId}/deletion")
    ResponseEntity<SkillStatus> delete(@PathVariable String skillId, @Valid @RequestBody ReasonRequest request) {
        return answer(commands.send(new DeleteSkillCommand(new SkillId(skillId)), request.reason()));
    }

    @PostMapping("/api/v1/admin/skills/{skillId}/restoration")
    ResponseEntity<SkillStatus> restore(@PathVariable String skillId, @Valid @RequestBody ReasonRequest request) {
        return answer(commands.send(new RestoreSkillCommand(new SkillId(skillId)), request.reason()));
    }

    private static ResponseEntity<SkillStatus> answer(SkillStatus status) {
        return ResponseEntity.ok().eTag(EntityTags.of(status.revision())).body(status);
    }
}
