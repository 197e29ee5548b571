package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record ReactivateOrgCommand(@TargetAggregateIdentifier OrgId orgId) {
}
