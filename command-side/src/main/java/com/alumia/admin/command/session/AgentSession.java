package com.alumia.admin.command.session;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.session.AgentSessionCancellationRequestedEvent;
import com.alumia.admin.api.session.AgentSessionCancellationStatus;
import com.alumia.admin.api.session.AgentSessionCancelledEvent;
import com.alumia.admin.api.session.AgentSessionId;
import com.alumia.admin.api.session.CancellationOutcome;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.api.session.ConfirmAgentSessionCancellationCommand;
import com.alumia.admin.api.session.RequestAgentSessionCancellationCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The cancellation of an agent session: asked for by a fresh super_admin, carried out by the agent runtime, which
 * confirms it with what it found. Both steps are idempotent: a repeat answers the cancellation as it stands and
 * records nothing.
 */
@Aggregate
class AgentSession {

    @AggregateIdentifier
    private AgentSessionId sessionId;
    private OrgId orgId;
    private CancellationState state;
    private Instant requestedAt;
    private CancellationOutcome outcome;
    /** The audit metadata of the request, which its completion carries again. */
    private Map<String, Object> requestMetaData;

    AgentSession() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AgentSessionCancellationStatus handle(RequestAgentSessionCancellationCommand command) {
        if (command.orgId() == null) {
            throw DomainException.invalid("agent_session.org_required", "a session belongs to an org");
        }
        if (sessionId != null) {
            if (!orgId.equals(command.orgId())) {
                throw DomainException.conflict("agent_session.other_org", "Agent session " + sessionId
                        + " belongs to another org", Map.of("sessionId", sessionId.value()));
            }
            return status(false);
        }
        apply(new AgentSessionCancellationRequestedEvent(command.sessionId(), command.orgId()));
        return status(true);
    }

    /**
     * Created if missing only to refuse it with a problem of its own: a confirmation of a cancellation nobody asked
     * for stores nothing.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    AgentSessionCancellationStatus handle(ConfirmAgentSessionCancellationCommand command,
                                          @MetaDataValue(AuditMetadata.ACTOR) String runtime) {
        if (command.outcome() == null) {
            throw DomainException.invalid("agent_session.outcome_required",
                    "an outcome is cancelled, already_finished or not_found");
        }
        String detail = optionalText("detail", command.detail(), 2_000);
        if (sessionId == null) {
            throw DomainException.notFound("agent_session.not_requested", "No cancellation of agent session "
                    + command.sessionId() + " was requested");
        }
        if (state == CancellationState.COMPLETED) {
            if (outcome == command.outcome()) {
                return status(false);
            }
            throw DomainException.conflict("agent_session.cancellation_completed", "The cancellation of agent session "
                    + sessionId + " was confirmed already as " + outcome.name().toLowerCase(Locale.ROOT),
                    Map.of("outcome", outcome.name().toLowerCase(Locale.ROOT)));
        }
        apply(new AgentSessionCancelledEvent(sessionId, orgId, command.outcome(), detail, runtime),
                onBehalfOfRequester());
        return status(true);
    }

    /**
     * Every audit key as the request had it, absent ones included, so that none of the runtime's own request (its
     * actor, request id, idempotency key) is taken for the operator's.
     */
    private MetaData onBehalfOfRequester() {
        Map<String, Object> meta = new HashMap<>();
        AuditMetadata.KEYS.forEach(key -> meta.put(key, requestMetaData.get(key)));
        return MetaData.from(meta);
    }

    private AgentSessionCancellationStatus status(boolean changed) {
        return new AgentSessionCancellationStatus(sessionId, orgId, state, requestedAt, outcome, getVersion(),
                changed);
    }

    @EventSourcingHandler
    void on(AgentSessionCancellationRequestedEvent event, MetaData metaData, @Timestamp Instant at) {
        sessionId = event.sessionId();
        orgId = event.orgId();
        state = CancellationState.REQUESTED;
        requestedAt = at;
        requestMetaData = metaData.subset(AuditMetadata.KEYS.toArray(String[]::new));
    }

    @EventSourcingHandler
    void on(AgentSessionCancelledEvent event) {
        state = CancellationState.COMPLETED;
        outcome = event.outcome();
    }
}
