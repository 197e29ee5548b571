package com.alumia.admin.api.usage;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** The org's payments started failing, or go through again. */
@Revision("1")
public record BudgetPaymentStatusChangedEvent(OrgId org, boolean failing, String detail) {
}
