package com.alumia.admin.api.identity;

import java.time.Instant;
import java.util.List;

/** One org with its members (org roles only), its workspaces and the history of its changes, newest first. */
public record OrgDetail(OrgSummary org, List<Member> members, List<Workspace> workspaces, List<Change> history) {

    public record Member(String email, OrgRole role, String state, Instant since) {
    }

    public record Workspace(String workspaceId, String name, String ownerEmail, Instant createdAt) {
    }

    /** @param action the audit action, such as {@code org.member_invited}; summary says what changed */
    public record Change(Instant at, String action, String summary, String actor, String reason) {
    }

    public record FindOrgDetailQuery(com.alumia.admin.api.common.OrgId orgId) {
    }
}
