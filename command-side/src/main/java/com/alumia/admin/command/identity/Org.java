package com.alumia.admin.command.identity;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.ChangeMemberRoleCommand;
import com.alumia.admin.api.identity.CreateOrgCommand;
import com.alumia.admin.api.identity.CreateWorkspaceCommand;
import com.alumia.admin.api.identity.Emails;
import com.alumia.admin.api.identity.InviteMemberCommand;
import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.api.identity.OrgMemberInvitedEvent;
import com.alumia.admin.api.identity.OrgMemberRemovedEvent;
import com.alumia.admin.api.identity.OrgMemberRoleChangedEvent;
import com.alumia.admin.api.identity.OrgReactivatedEvent;
import com.alumia.admin.api.identity.OrgRole;
import com.alumia.admin.api.identity.OrgSuspendedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceCreatedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceTransferredEvent;
import com.alumia.admin.api.identity.ReactivateOrgCommand;
import com.alumia.admin.api.identity.RemoveMemberCommand;
import com.alumia.admin.api.identity.SuspendOrgCommand;
import com.alumia.admin.api.identity.TransferWorkspaceCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An org (a tenant) of the platform: active or suspended, its members with their org roles, and its workspaces,
 * each owned by a member. An org keeps at least one owner once it has one, and a member who owns a workspace stays
 * until the workspace is handed over.
 */
@Aggregate
class Org {

    private static final Pattern WORKSPACE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    @AggregateIdentifier
    private OrgId orgId;
    private boolean suspended;
    private final Map<String, OrgRole> members = new HashMap<>();
    private final Map<String, String> workspaceOwners = new HashMap<>();

    Org() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    long handle(CreateOrgCommand command) {
        if (orgId != null) {
            throw DomainException.conflict("org.exists", "Org " + command.orgId() + " exists already",
                    Map.of("orgId", command.orgId().value()));
        }
        apply(new OrgCreatedEvent(command.orgId(), requireText("name", command.name(), 200)));
        return getVersion();
    }

    @CommandHandler
    long handle(SuspendOrgCommand command) {
        if (suspended) {
            throw DomainException.conflict("org.suspended", "Org " + orgId + " is suspended already", Map.of());
        }
        apply(new OrgSuspendedEvent(orgId));
        return getVersion();
    }

    @CommandHandler
    long handle(ReactivateOrgCommand command) {
        if (!suspended) {
            throw DomainException.conflict("org.active", "Org " + orgId + " is active", Map.of());
        }
        apply(new OrgReactivatedEvent(orgId));
        return getVersion();
    }

    @CommandHandler
    long handle(InviteMemberCommand command) {
        requireActive();
        String email = email(command.email());
        if (members.containsKey(email)) {
            throw DomainException.conflict("org.member_exists", email + " is a member of " + orgId + " already",
                    Map.of("email", email, "role", members.get(email).name().toLowerCase(java.util.Locale.ROOT)));
        }
        apply(new OrgMemberInvitedEvent(orgId, email, role(command.role())));
        return getVersion();
    }

    @CommandHandler
    long handle(ChangeMemberRoleCommand command) {
        String email = member(command.email());
        OrgRole to = role(command.role());
        OrgRole from = members.get(email);
        if (from == to) {
            throw DomainException.conflict("org.role_unchanged", email + " is " + to.name().toLowerCase(
                    java.util.Locale.ROOT) + " already", Map.of());
        }
        requireAnotherOwner(email, from);
        apply(new OrgMemberRoleChangedEvent(orgId, email, from, to));
        return getVersion();
    }

    @CommandHandler
    long handle(RemoveMemberCommand command) {
        String email = member(command.email());
        requireAnotherOwner(email, members.get(email));
        List<String> owned = workspaceOwners.entrySet().stream().filter(e -> e.getValue().equals(email))
                                            .map(Map.Entry::getKey).sorted().toList();
        if (!owned.isEmpty()) {
            throw DomainException.conflict("org.member_owns_workspaces", email + " owns workspaces "
                    + String.join(", ", owned) + ": hand them to another member first", Map.of("workspaces", owned));
        }
        apply(new OrgMemberRemovedEvent(orgId, email, members.get(email)));
        return getVersion();
    }

    @CommandHandler
    long handle(CreateWorkspaceCommand command) {
        requireActive();
        String workspace = command.workspaceId() == null ? "" : command.workspaceId().strip();
        if (!WORKSPACE.matcher(workspace).matches()) {
            throw DomainException.invalid("org.workspace_invalid", "a workspace id is 2 to 63 lower-case letters, "
                                                                   + "digits and hyphens");
        }
        if (workspaceOwners.containsKey(workspace)) {
            throw DomainException.conflict("org.workspace_exists", "Org " + orgId + " has a workspace " + workspace
                    + " already", Map.of());
        }
        apply(new OrgWorkspaceCreatedEvent(orgId, workspace, requireText("name", command.name(), 200),
                member(command.ownerEmail())));
        return getVersion();
    }

    @CommandHandler
    long handle(TransferWorkspaceCommand command) {
        String from = workspaceOwners.get(command.workspaceId());
        if (from == null) {
            throw DomainException.notFound("org.workspace_unknown", "Org " + orgId + " has no workspace "
                    + command.workspaceId());
        }
        String to = member(command.toEmail());
        if (to.equals(from)) {
            throw DomainException.conflict("org.workspace_owner_unchanged", to + " owns " + command.workspaceId()
                    + " already", Map.of());
        }
        apply(new OrgWorkspaceTransferredEvent(orgId, command.workspaceId(), from, to));
        return getVersion();
    }

    private void requireActive() {
        if (suspended) {
            throw DomainException.conflict("org.suspended", "Org " + orgId + " is suspended: reactivate it first",
                    Map.of());
        }
    }

    /** An org that has owners keeps one: the last owner is not removed or given another role. */
    private void requireAnotherOwner(String email, OrgRole current) {
        if (current == OrgRole.OWNER && members.entrySet().stream()
                .noneMatch(e -> e.getValue() == OrgRole.OWNER && !e.getKey().equals(email))) {
            throw DomainException.conflict("org.last_owner", email + " is the last owner of " + orgId
                    + ": make another member owner first", Map.of());
        }
    }

    private String member(String raw) {
        String email = email(raw);
        if (!members.containsKey(email)) {
            throw DomainException.notFound("org.not_a_member", email + " is not a member of " + orgId);
        }
        return email;
    }

    private static String email(String raw) {
        try {
            return Emails.canonical(raw);
        } catch (InvalidValueException e) {
            throw DomainException.invalid("org.email_invalid", e.getMessage());
        }
    }

    private static OrgRole role(OrgRole role) {
        if (role == null) {
            throw DomainException.invalid("org.role_required", "give the member's org role: owner, admin, member, "
                                                               + "billing or viewer");
        }
        return role;
    }

    @EventSourcingHandler
    void on(OrgCreatedEvent event) {
        orgId = event.orgId();
    }

    @EventSourcingHandler
    void on(OrgSuspendedEvent event) {
        suspended = true;
    }

    @EventSourcingHandler
    void on(OrgReactivatedEvent event) {
        suspended = false;
    }

    @EventSourcingHandler
    void on(OrgMemberInvitedEvent event) {
        members.put(event.email(), event.role());
    }

    @EventSourcingHandler
    void on(OrgMemberRoleChangedEvent event) {
        members.put(event.email(), event.to());
    }

    @EventSourcingHandler
    void on(OrgMemberRemovedEvent event) {
        members.remove(event.email());
    }

    @EventSourcingHandler
    void on(OrgWorkspaceCreatedEvent event) {
        workspaceOwners.put(event.workspaceId(), event.ownerEmail());
    }

    @EventSourcingHandler
    void on(OrgWorkspaceTransferredEvent event) {
        workspaceOwners.put(event.workspaceId(), event.toEmail());
    }
}
