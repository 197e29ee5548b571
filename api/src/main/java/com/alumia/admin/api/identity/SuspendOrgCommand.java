package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Suspends an org (a fresh super_admin's, with a reason): nothing new is set up for it until it is reactivated. */
public record SuspendOrgCommand(@TargetAggregateIdentifier OrgId orgId) {
}
