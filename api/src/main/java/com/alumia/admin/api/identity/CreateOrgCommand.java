package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds an org (a tenant) to the platform's directory; its id is taken for good. */
public record CreateOrgCommand(@TargetAggregateIdentifier OrgId orgId, String name) {
}
