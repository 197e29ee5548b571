package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** A workspace's ownership moved from one member to another. */
@Revision("1")
public record OrgWorkspaceTransferredEvent(OrgId orgId, String workspaceId, String fromEmail, String toEmail) {
}
