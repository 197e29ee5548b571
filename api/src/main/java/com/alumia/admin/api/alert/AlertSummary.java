package com.alumia.admin.api.alert;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;

import java.time.Instant;

public record AlertSummary(AlertId alertId,
                           OrgId orgId,
                           AlertKind kind,
                           Severity severity,
                           AlertStatus status,
                           String title,
                           String detail,
                           String source,
                           Instant occurredAt,
                           Instant updatedAt,
                           long version) {
}
