package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;

import java.time.Instant;

/**
 * A session's cancellation as a command left it: what asking for it and confirming it answer, the first time and on
 * every repeat.
 *
 * @param outcome  once completed, what the runtime found
 * @param revision the cancellation's version in the log
 * @param changed  false when the command was a repeat that changed nothing
 */
public record AgentSessionCancellationStatus(AgentSessionId sessionId, OrgId orgId, CancellationState state,
                                             Instant requestedAt, CancellationOutcome outcome, long revision,
                                             boolean changed) {
}
