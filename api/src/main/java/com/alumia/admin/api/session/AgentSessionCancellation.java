package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * One cancellation as operators and the runtime read it.
 *
 * @param requestedBy the operator who asked for it, and {@code reason} why
 * @param confirmedBy the runtime that carried it out, once completed
 */
public record AgentSessionCancellation(AgentSessionId sessionId, OrgId orgId, CancellationState state,
                                       Instant requestedAt, String requestedBy, String reason,
                                       CancellationOutcome outcome, String detail, Instant completedAt,
                                       String confirmedBy) {
}
