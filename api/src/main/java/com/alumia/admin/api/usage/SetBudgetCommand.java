package com.alumia.admin.api.usage;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Sets an org's monthly spend budget; {@code nearPercent} is where billing health turns {@code near_limit}.
 */
public record SetBudgetCommand(OrgId org, long monthlyLimitMicros, int nearPercent) {

    @TargetAggregateIdentifier
    public String budgetId() {
        return "budget:" + org.value();
    }
}
