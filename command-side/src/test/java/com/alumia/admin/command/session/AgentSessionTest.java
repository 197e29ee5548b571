package com.alumia.admin.command.session;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.session.AgentSessionCancellationRequestedEvent;
import com.alumia.admin.api.session.AgentSessionCancellationStatus;
import com.alumia.admin.api.session.AgentSessionCancelledEvent;
import com.alumia.admin.api.session.AgentSessionId;
import com.alumia.admin.api.session.CancellationOutcome;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.api.session.ConfirmAgentSessionCancellationCommand;
import com.alumia.admin.api.session.RequestAgentSessionCancellationCommand;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.alumia.admin.command.common.BrokenRule.rule;

class AgentSessionTest {

    private static final AgentSessionId ID = new AgentSessionId("ses-42");
    private static final OrgId ACME = new OrgId("org-acme");
    private static final Map<String, Object> OPERATOR = Map.of(AuditMetadata.ACTOR, "root@example.com",
            AuditMetadata.ACTOR_ROLES, List.of("super_admin"), AuditMetadata.REASON, "runaway tool loop",
            AuditMetadata.REQUEST_ID, "req-operator", AuditMetadata.STEP_UP_AGE_SECONDS, 12,
            AuditMetadata.FRESH_SUPER_ADMIN, true);
    private static final Map<String, Object> RUNTIME = Map.of(AuditMetadata.ACTOR, "agent-runtime",
            AuditMetadata.ACTOR_ROLES, List.of("runtime"), AuditMetadata.REQUEST_ID, "req-runtime",
            AuditMetadata.IDEMPOTENCY_KEY, "confirm-ses-42", AuditMetadata.FRESH_SUPER_ADMIN, false);
    private static final AgentSessionCancellationRequestedEvent REQUESTED =
            new AgentSessionCancellationRequestedEvent(ID, ACME);
    private static final AgentSessionCancelledEvent CANCELLED = new AgentSessionCancelledEvent(ID, ACME,
            CancellationOutcome.CANCELLED, "stopped at step 4", "agent-runtime");

    private final AggregateTestFixture<AgentSession> fixture = new AggregateTestFixture<>(AgentSession.class);

    /** As in the application, a command's audit keys are copied onto its events. */
    @BeforeEach
    void auditCorrelation() {
        fixture.registerCommandHandlerInterceptor(new CorrelationDataInterceptor<>(
                new SimpleCorrelationDataProvider(AuditMetadata.KEYS.toArray(String[]::new))));
    }

    private static Matcher<Object> status(CancellationState state, CancellationOutcome outcome, long revision,
                                          boolean changed) {
        return new CustomMatcher<>(state + " " + outcome + " at " + revision + (changed ? ", changed" : "")) {
            @Override
            public boolean matches(Object item) {
                return item instanceof AgentSessionCancellationStatus s && s.sessionId().equals(ID)
                       && s.orgId().equals(ACME) && s.state() == state && s.outcome() == outcome
                       && s.revision() == revision && s.changed() == changed && s.requestedAt() != null;
            }
        };
    }

    /** The request as the log holds it: with the operator's audit metadata. */
    private static EventMessage<?> requestedByOperator() {
        return new GenericEventMessage<>(REQUESTED, MetaData.from(OPERATOR));
    }

    @Test
    void aCancellationIsRequestedOnce() {
        fixture.givenNoPriorActivity()
               .when(new RequestAgentSessionCancellationCommand(ID, ACME), OPERATOR)
               .expectEvents(REQUESTED)
               .expectResultMessagePayloadMatching(status(CancellationState.REQUESTED, null, 0, true));
    }

    @Test
    void askingAgainWhileRequestedOrAfterCompletionChangesNothing() {
        fixture.given(REQUESTED)
               .when(new RequestAgentSessionCancellationCommand(ID, ACME), OPERATOR)
               .expectNoEvents()
               .expectResultMessagePayloadMatching(status(CancellationState.REQUESTED, null, 0, false));
        fixture.given(REQUESTED, CANCELLED)
               .when(new RequestAgentSessionCancellationCommand(ID, ACME), OPERATOR)
               .expectNoEvents()
               .expectResultMessagePayloadMatching(status(CancellationState.COMPLETED,
                       CancellationOutcome.CANCELLED, 1, false));
    }

    @Test
    void aSessionBelongsToOneOrg() {
        fixture.given(REQUESTED)
               .when(new RequestAgentSessionCancellationCommand(ID, new OrgId("org-other")), OPERATOR)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "agent_session.other_org"));
        fixture.givenNoPriorActivity()
               .when(new RequestAgentSessionCancellationCommand(ID, null), OPERATOR)
               .expectException(rule(RuleViolation.Kind.INVALID, "agent_session.org_required"));
    }

    @Test
    void theConfirmationCarriesTheOperatorsMetadataAndNamesTheRuntime() {
        fixture.given(requestedByOperator())
               .when(new ConfirmAgentSessionCancellationCommand(ID, CancellationOutcome.CANCELLED,
                       " stopped at step 4 "), RUNTIME)
               .expectEvents(CANCELLED)
               .expectEventsMatching(new CustomMatcher<List<? super EventMessage<?>>>("on the operator's behalf") {
                   @Override
                   public boolean matches(Object item) {
                       MetaData meta = ((EventMessage<?>) ((List<?>) item).get(0)).getMetaData();
                       return "root@example.com".equals(meta.get(AuditMetadata.ACTOR))
                              && "runaway tool loop".equals(meta.get(AuditMetadata.REASON))
                              && "req-operator".equals(meta.get(AuditMetadata.REQUEST_ID))
                              && Boolean.TRUE.equals(meta.get(AuditMetadata.FRESH_SUPER_ADMIN))
                              && meta.get(AuditMetadata.IDEMPOTENCY_KEY) == null;
                   }
               })
               .expectResultMessagePayloadMatching(status(CancellationState.COMPLETED,
                       CancellationOutcome.CANCELLED, 1, true));
    }

    @Test
    void theSameConfirmationAgainChangesNothingAndAnotherOutcomeIsRefused() {
        fixture.given(REQUESTED, CANCELLED)
               .when(new ConfirmAgentSessionCancellationCommand(ID, CancellationOutcome.CANCELLED, null), RUNTIME)
               .expectNoEvents()
               .expectResultMessagePayloadMatching(status(CancellationState.COMPLETED,
                       CancellationOutcome.CANCELLED, 1, false));
        fixture.given(REQUESTED, CANCELLED)
               .when(new ConfirmAgentSessionCancellationCommand(ID, CancellationOutcome.NOT_FOUND, null), RUNTIME)
               .expectException(rule(RuleViolation.Kind.CONFLICT, "agent_session.cancellation_completed"));
    }

    @Test
    void aConfirmationNobodyAskedForIsRefusedAndStoresNothing() {
        fixture.givenNoPriorActivity()
               .when(new ConfirmAgentSessionCancellationCommand(ID, CancellationOutcome.ALREADY_FINISHED, null),
                       RUNTIME)
               .expectException(rule(RuleViolation.Kind.NOT_FOUND, "agent_session.not_requested"))
               .expectNoEvents();
    }

    @Test
    void aConfirmationSaysWhatTheRuntimeFoundBriefly() {
        fixture.given(REQUESTED)
               .when(new ConfirmAgentSessionCancellationCommand(ID, null, null), RUNTIME)
               .expectException(rule(RuleViolation.Kind.INVALID, "agent_session.outcome_required"));
        fixture.given(REQUESTED)
               .when(new ConfirmAgentSessionCancellationCommand(ID, CancellationOutcome.CANCELLED, "d".repeat(2_001)),
                       RUNTIME)
               .expectException(rule(RuleViolation.Kind.INVALID, "detail.too_long"));
    }
}
