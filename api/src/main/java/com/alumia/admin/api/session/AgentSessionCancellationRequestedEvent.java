package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AgentSessionCancellationRequestedEvent(AgentSessionId sessionId, OrgId orgId)
        implements AgentSessionEvent {
}
