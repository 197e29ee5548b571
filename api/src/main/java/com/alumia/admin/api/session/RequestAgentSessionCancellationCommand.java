package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Asks the agent runtime to cancel a session (a fresh super_admin's, with a reason). Asking again, while the runtime
 * has not confirmed or after it has, changes nothing.
 */
public record RequestAgentSessionCancellationCommand(@TargetAggregateIdentifier AgentSessionId sessionId,
                                                     OrgId orgId) {
}
