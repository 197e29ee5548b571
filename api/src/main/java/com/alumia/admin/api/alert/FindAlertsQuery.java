package com.alumia.admin.api.alert;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;

/**
 * The notifications list, most severe then newest first; null filters mean any.
 */
public record FindAlertsQuery(AlertStatus status, AlertKind kind, Severity severity, OrgId orgId, String source,
                              String cursor, int limit) {
}
