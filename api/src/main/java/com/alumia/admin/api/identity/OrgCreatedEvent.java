package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/** An org joined the platform's directory. */
@Revision("1")
public record OrgCreatedEvent(OrgId orgId, String name) {
}
