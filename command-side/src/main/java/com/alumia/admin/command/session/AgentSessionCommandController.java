package com.alumia.admin.command.session;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.session.AgentSessionCancellationStatus;
import com.alumia.admin.api.session.AgentSessionId;
import com.alumia.admin.api.session.CancellationOutcome;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.api.session.ConfirmAgentSessionCancellationCommand;
import com.alumia.admin.api.session.RequestAgentSessionCancellationCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cancelling agent sessions: a fresh super_admin asks for it, the agent runtime (which pulls pending cancellations
 * from the query side) carries it out and confirms it. The org must be known to the directory, and may be
 * suspended: stopping an agent is what a suspended org may need most.
 */
@RestController
class AgentSessionCommandController {

    private final CommandSender commands;
    private final KnownOrgs orgs;

    AgentSessionCommandController(CommandSender commands, KnownOrgs orgs) {
        this.commands = commands;
        this.orgs = orgs;
    }

    record CancellationRequest(@NotBlank String orgId, @NotBlank @Size(max = 2_000) String reason) {
    }

    record ConfirmationRequest(@NotNull CancellationOutcome outcome, @Size(max = 2_000) String detail) {
    }

    /** 202 while the runtime has still to carry it out (the first time and on repeats), 200 once it has. */
    @PostMapping("/api/v1/admin/agent-sessions/{sessionId}/cancellation")
    ResponseEntity<AgentSessionCancellationStatus> cancel(@PathVariable String sessionId,
                                                          @Valid @RequestBody CancellationRequest request) {
        AgentSessionId session = new AgentSessionId(sessionId);
        AgentSessionCancellationStatus status = commands.send(new RequestAgentSessionCancellationCommand(session,
                orgs.requireKnown(new OrgId(request.orgId()))), request.reason());
        return ResponseEntity.status(status.state() == CancellationState.REQUESTED ? HttpStatus.ACCEPTED
                : HttpStatus.OK).body(status);
    }

    @PostMapping("/api/v1/runtime/agent-sessions/{sessionId}/cancellation/confirmation")
    AgentSessionCancellationStatus confirm(@PathVariable String sessionId,
                                           @Valid @RequestBody ConfirmationRequest request) {
        return commands.send(new ConfirmAgentSessionCancellationCommand(new AgentSessionId(sessionId),
                request.outcome(), request.detail()));
    }
}
