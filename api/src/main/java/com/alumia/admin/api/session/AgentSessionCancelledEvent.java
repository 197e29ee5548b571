package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

/**
 * The runtime carried out a requested cancellation. The event carries the audit metadata of the operator who asked
 * for it (the completion of their request); the runtime that confirmed it is {@code confirmedBy}.
 *
 * @param confirmedBy the subject of the runtime's token
 */
@Revision("1")
public record AgentSessionCancelledEvent(AgentSessionId sessionId, OrgId orgId, CancellationOutcome outcome,
                                         String detail, String confirmedBy) implements AgentSessionEvent {
}
