package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hands a workspace to another member of its org; the reason travels in the metadata. */
public record TransferWorkspaceCommand(@TargetAggregateIdentifier OrgId orgId, String workspaceId, String toEmail) {
}
