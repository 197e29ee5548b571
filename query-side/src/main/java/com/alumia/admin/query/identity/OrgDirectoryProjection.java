package com.alumia.admin.query.identity;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.AuditActions;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.identity.OrgCreatedEvent;
import com.alumia.admin.api.identity.OrgMemberInvitedEvent;
import com.alumia.admin.api.identity.OrgMemberRemovedEvent;
import com.alumia.admin.api.identity.OrgMemberRoleChangedEvent;
import com.alumia.admin.api.identity.OrgReactivatedEvent;
import com.alumia.admin.api.identity.OrgRole;
import com.alumia.admin.api.identity.OrgSuspendedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceCreatedEvent;
import com.alumia.admin.api.identity.OrgWorkspaceTransferredEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** The org directory: each org's status, members with their org roles, workspaces, and history. */
@Component
@ProcessingGroup(OrgDirectoryProjection.GROUP)
class OrgDirectoryProjection {

    static final String GROUP = "org-directory";

    private final BatchedWrites writes;

    OrgDirectoryProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(OrgCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        writes.current().add("INSERT INTO org_directory (org_id, name, status, created_at, version) "
                             + "VALUES (?, ?, 'active', ?, ?)", event.orgId().value(), event.name(), time(at), sequence);
        change(event.orgId(), sequence, at, message, "created as " + event.name());
    }

    @EventHandler
    void on(OrgSuspendedEvent event, @SequenceNumber long sequence, @Timestamp Instant at, EventMessage<?> message) {
        status(event.orgId(), "suspended", sequence);
        change(event.orgId(), sequence, at, message, "suspended");
    }

    @EventHandler
    void on(OrgReactivatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        status(event.orgId(), "active", sequence);
        change(event.orgId(), sequence, at, message, "reactivated");
    }

    @EventHandler
    void on(OrgMemberInvitedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        writes.current().add("INSERT INTO org_member (org_id, email, role, state, since) VALUES (?, ?, ?, 'invited', ?)",
                event.orgId().value(), event.email(), event.role().name(), time(at));
        touch(event.orgId(), sequence);
        change(event.orgId(), sequence, at, message, event.email() + " invited as " + role(event.role()));
    }

    @EventHandler
    void on(OrgMemberRoleChangedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        writes.current().add("UPDATE org_member SET role = ?, since = ? WHERE org_id = ? AND email = ?",
                event.to().name(), time(at), event.orgId().value(), event.email());
        touch(event.orgId(), sequence);
        change(event.orgId(), sequence, at, message, event.email() + ": " + role(event.from()) + " to "
                                                     + role(event.to()));
    }

    @EventHandler
    void on(OrgMemberRemovedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        writes.current().add("DELETE FROM org_member WHERE org_id = ? AND email = ?", event.orgId().value(),
                event.email());
        touch(event.orgId(), sequence);
        change(event.orgId(), sequence, at, message, event.email() + " (" + role(event.role()) + ") removed");
    }

    @EventHandler
    void on(OrgWorkspaceCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        writes.current().add("INSERT INTO org_workspace (org_id, workspace_id, name, owner_email, created_at) "
                             + "VALUES (?, ?, ?, ?, ?)", event.orgId().value(), event.workspaceId(), event.name(),
                event.ownerEmail(), time(at));
        touch(event.orgId(), sequence);
        change(event.orgId(), sequence, at, message, "workspace " + event.workspaceId() + " created, owned by "
                                                     + event.ownerEmail());
    }

    @EventHandler
    void on(OrgWorkspaceTransferredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            EventMessage<?> message) {
        writes.current().add("UPDATE org_workspace SET owner_email = ? WHERE org_id = ? AND workspace_id = ?",
                event.toEmail(), event.orgId().value(), event.workspaceId());
        touch(event.orgId(), sequence);
        change(event.orgId(), sequence, at, message, "workspace " + event.workspaceId() + " handed from "
                                                     + event.fromEmail() + " to " + event.toEmail());
    }

    @ResetHandler
    void reset() {
        for (String table : List.of("org_directory", "org_member", "org_workspace", "org_change")) {
            writes.jdbc().update("DELETE FROM " + table);
        }
    }

    private void status(OrgId org, String status, long sequence) {
        writes.current().add("UPDATE org_directory SET status = ?, version = ? WHERE org_id = ?", status, sequence,
                org.value());
    }

    private void touch(OrgId org, long sequence) {
        writes.current().add("UPDATE org_directory SET version = ? WHERE org_id = ?", sequence, org.value());
    }

    private void change(OrgId org, long sequence, Instant at, EventMessage<?> message, String summary) {
        writes.current().add("INSERT INTO org_change (org_id, seq, at, action, summary, actor, reason) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)", org.value(), sequence, time(at),
                AuditActions.of(message.getPayloadType()), summary,
                (String) message.getMetaData().get(AuditMetadata.ACTOR),
                (String) message.getMetaData().get(AuditMetadata.REASON));
    }

    private static String role(OrgRole role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
