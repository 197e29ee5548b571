package com.alumia.admin.api.identity;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/** One org of the directory; {@code status} is {@code active} or {@code suspended}. */
public record OrgSummary(OrgId orgId, String name, String status, Instant createdAt, long version) {
}
