package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;

/** Cancellations for operators, most recently requested first; null filters mean any. */
public record FindAgentSessionCancellationsQuery(OrgId orgId, CancellationState state, String cursor, int limit) {
}
