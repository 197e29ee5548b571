package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.command.common.CommandSender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
class OrgCommandController {

    private final CommandSender commands;

    OrgCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record CreateRequest(@NotBlank String orgId, @NotBlank @Size(max = 200) String name,
                         @NotBlank @Size(max = 2_000) String reason) {
    }

    record OrgResponse(String orgId, long version) {
    }

    @PostMapping("/api/v1/admin/orgs")
    ResponseEntity<OrgResponse> create(@Valid @RequestBody CreateRequest request) {
        OrgId org = new OrgId(request.orgId());
        long version = commands.send(new CreateOrgCommand(org, request.name()), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/orgs/" + org))
                             .eTag(EntityTags.of(version)).body(new OrgResponse(org.value(), version));
    }
}
