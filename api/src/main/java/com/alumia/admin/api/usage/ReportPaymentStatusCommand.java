package com.alumia.admin.api.usage;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Billing reports whether the org's payments go through; only a change is recorded. */
public record ReportPaymentStatusCommand(OrgId org, boolean failing, String detail) {

    @TargetAggregateIdentifier
    public String budgetId() {
        return "budget:" + org.value();
    }
}
