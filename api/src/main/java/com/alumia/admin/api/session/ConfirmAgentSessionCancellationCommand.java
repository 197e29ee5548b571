package com.alumia.admin.api.session;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The agent runtime reports that it carried out a requested cancellation. The same report again changes nothing.
 *
 * @param detail what the runtime wants operators to know, if anything
 */
public record ConfirmAgentSessionCancellationCommand(@TargetAggregateIdentifier AgentSessionId sessionId,
                                                     CancellationOutcome outcome, String detail) {
}
