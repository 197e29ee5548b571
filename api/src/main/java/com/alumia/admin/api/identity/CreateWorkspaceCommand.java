package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A workspace of the org, owned by one of its members. */
public record CreateWorkspaceCommand(@TargetAggregateIdentifier OrgId orgId, String workspaceId, String name,
                                     String ownerEmail) {
}
