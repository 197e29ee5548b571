package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/** One org of the directory. */
public record OrgSummary(OrgId orgId, String name, Instant createdAt, long version) {
}
