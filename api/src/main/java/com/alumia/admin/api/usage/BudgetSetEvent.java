package com.alumia.admin.api.usage;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record BudgetSetEvent(OrgId org, long monthlyLimitMicros, int nearPercent) {
}
