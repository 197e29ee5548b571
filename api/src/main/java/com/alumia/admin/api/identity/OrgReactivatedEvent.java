package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record OrgReactivatedEvent(OrgId orgId) {
}
