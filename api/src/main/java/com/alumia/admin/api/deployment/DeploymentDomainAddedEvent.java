package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** A custom domain was added to a target, pending verification of the records it names. */
@Revision("1")
public record DeploymentDomainAddedEvent(TargetId targetId, OrgId org, String hostname, DomainRecords records) {
}
