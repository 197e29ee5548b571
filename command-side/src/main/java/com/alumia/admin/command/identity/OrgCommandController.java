package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.ChangeMemberRoleCommand;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.api.identity.CreateWorkspaceCommand;
import com.alumia.admin.api.identity.InviteMemberCommand;
import com.alumia.admin.api.identity.OrgRole;
import com.alumia.admin.api.identity.ReactivateOrgCommand;
import com.alumia.admin.api.identity.RemoveMemberCommand;
import com.alumia.admin.api.identity.SuspendOrgCommand;
import com.alumia.admin.api.identity.TransferWorkspaceCommand;
import com.alumia.admin.command.common.CommandSender;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
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

    record ReasonRequest(@NotBlank @Size(max = 2_000) String reason) {
    }

    record MemberRequest(@NotBlank String email, @NotNull OrgRole role, @NotBlank @Size(max = 2_000) String reason) {
    }

    record RoleRequest(@NotNull OrgRole role, @NotBlank @Size(max = 2_000) String reason) {
    }

    record WorkspaceRequest(@NotBlank String workspaceId, @NotBlank String name, @NotBlank String ownerEmail,
                            @NotBlank @Size(max = 2_000) String reason) {
    }

    record TransferRequest(@NotBlank String toEmail, @NotBlank @Size(max = 2_000) String reason) {
    }

    /** Cross-tenant and destructive: a fresh super_admin's. */
    @PostMapping("/api/v1/admin/orgs/{orgId}/suspension")
    OrgResponse suspend(@PathVariable String orgId, @Valid @RequestBody ReasonRequest request) {
        return send(orgId, new SuspendOrgCommand(new OrgId(orgId)), request.reason());
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/reactivation")
    OrgResponse reactivate(@PathVariable String orgId, @Valid @RequestBody ReasonRequest request) {
        return send(orgId, new ReactivateOrgCommand(new OrgId(orgId)), request.reason());
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/members")
    ResponseEntity<OrgResponse> invite(@PathVariable String orgId, @Valid @RequestBody MemberRequest request) {
        OrgResponse response = send(orgId, new InviteMemberCommand(new OrgId(orgId), request.email(), request.role()),
                request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(response);
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/members/{email}/role")
    OrgResponse changeRole(@PathVariable String orgId, @PathVariable String email,
                           @Valid @RequestBody RoleRequest request) {
        return send(orgId, new ChangeMemberRoleCommand(new OrgId(orgId), email, request.role()), request.reason());
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/members/{email}/removal")
    OrgResponse remove(@PathVariable String orgId, @PathVariable String email,
                       @Valid @RequestBody ReasonRequest request) {
        return send(orgId, new RemoveMemberCommand(new OrgId(orgId), email), request.reason());
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/workspaces")
    ResponseEntity<OrgResponse> createWorkspace(@PathVariable String orgId,
                                                @Valid @RequestBody WorkspaceRequest request) {
        OrgResponse response = send(orgId, new CreateWorkspaceCommand(new OrgId(orgId), request.workspaceId(),
                request.name(), request.ownerEmail()), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(response);
    }

    @PostMapping("/api/v1/admin/orgs/{orgId}/workspaces/{workspaceId}/transfer")
    OrgResponse transfer(@PathVariable String orgId, @PathVariable String workspaceId,
                         @Valid @RequestBody TransferRequest request) {
        return send(orgId, new TransferWorkspaceCommand(new OrgId(orgId), workspaceId, request.toEmail()),
                request.reason());
    }

    private OrgResponse send(String orgId, Object command, String reason) {
        long version = commands.send(command, reason);
        return new OrgResponse(orgId, version);
    }

    @PostMapping("/api/v1/admin/orgs")
    ResponseEntity<OrgResponse> create(@Valid @RequestBody CreateRequest request) {
        OrgId org = new OrgId(request.orgId());
        long version = commands.send(new CreateOrgCommand(org, request.name()), request.reason());
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/admin/orgs/" + org))
                             .eTag(EntityTags.of(version)).body(new OrgResponse(org.value(), version));
    }
}
