package com.alumia.admin.command.feedback;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.feedback.AssignFeedbackCommand;
import com.alumia.admin.api.feedback.FeedbackArchivedEvent;
import com.alumia.admin.api.feedback.FeedbackAssignedEvent;
import com.alumia.admin.api.feedback.FeedbackCompletedEvent;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackReopenedEvent;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FeedbackTriagedEvent;
import com.alumia.admin.api.feedback.FeedbackWorkStartedEvent;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.ReceiveFeedbackCommand;
import com.alumia.admin.api.feedback.TransitionFeedbackCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.CustomMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackTest {

    private static final FeedbackId ID = new FeedbackId("fb_1");
    private static final OrgId ORG = new OrgId("org-1");
    private static final Instant AT = Instant.parse("2026-11-24T03:00:00Z");

    private final FeedbackClassifier classifier = new FeedbackClassifier();
    private AggregateTestFixture<Feedback> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Feedback.class);
        fixture.registerInjectableResource(classifier);
    }

    private FeedbackReceivedEvent received(String text) {
        return new FeedbackReceivedEvent(ID, ORG, "u-1", text, FeedbackContext.NONE,
                                         classifier.classify(text, FeedbackContext.NONE), AT);
    }

    private TransitionFeedbackCommand to(FeedbackStatus target) {
        return new TransitionFeedbackCommand(ID, null, target, "note");
    }

    @Test
    void receivingFeedbackClassifiesItOnArrival() {
        String probe = "1' OR '1'='1' --";
        fixture.givenNoPriorActivity()
               .when(new ReceiveFeedbackCommand(ID, ORG, "u-1", probe, null, AT))
               .expectEvents(received(probe));
        FeedbackReceivedEvent event = received(probe);
        assertThat(event.classification().probeClass()).isEqualTo(ProbeClass.SQL);
    }

    @Test
    void rejectsFeedbackWithoutText() {
        fixture.givenNoPriorActivity()
               .when(new ReceiveFeedbackCommand(ID, ORG, "u-1", "   ", null, AT))
               .expectException(DomainException.class)
               .expectNoEvents();
    }

    @Test
    void walksTheWholeWorkflowAndReturnsTheNewVersion() {
        fixture.given(received("The export button does nothing"))
               .when(to(FeedbackStatus.TRIAGED))
               .expectEvents(new FeedbackTriagedEvent(ID, "note"))
               .expectResultMessagePayload(1L);
        fixture.given(received("x"), new FeedbackTriagedEvent(ID, null))
               .when(to(FeedbackStatus.IN_PROGRESS))
               .expectEvents(new FeedbackWorkStartedEvent(ID, "note"));
        fixture.given(received("x"), new FeedbackTriagedEvent(ID, null), new FeedbackWorkStartedEvent(ID, null))
               .when(to(FeedbackStatus.DONE))
               .expectEvents(new FeedbackCompletedEvent(ID, "note"));
        fixture.given(received("x"), new FeedbackTriagedEvent(ID, null), new FeedbackWorkStartedEvent(ID, null),
                      new FeedbackCompletedEvent(ID, null))
               .when(to(FeedbackStatus.ARCHIVED))
               .expectEvents(new FeedbackArchivedEvent(ID, "note"));
    }

    @Test
    void reopensDoneAndArchivedItems() {
        fixture.given(received("x"), new FeedbackTriagedEvent(ID, null), new FeedbackWorkStartedEvent(ID, null),
                      new FeedbackCompletedEvent(ID, null), new FeedbackArchivedEvent(ID, null))
               .when(to(FeedbackStatus.OPEN))
               .expectEvents(new FeedbackReopenedEvent(ID, FeedbackStatus.ARCHIVED, "note"));
    }

    @Test
    void rejectsATransitionTheWorkflowForbidsAndNamesTheAllowedOnes() {
        fixture.given(received("x"))
               .when(to(FeedbackStatus.DONE))
               .expectNoEvents()
               .expectException(new CustomMatcher<Object>("a conflict naming the allowed transitions") {
                   @Override
                   public boolean matches(Object actual) {
                       if (!(actual instanceof DomainException e)) {
                           return false;
                       }
                       RuleViolation v = e.violation();
                       return v.code().equals("feedback.transition_not_allowed")
                              && v.kind() == RuleViolation.Kind.CONFLICT
                              && v.details().get("allowed").equals(List.of(FeedbackStatus.TRIAGED));
                   }
               });
    }

    @Test
    void rejectsReopeningAnOpenItem() {
        fixture.given(received("x"))
               .when(to(FeedbackStatus.OPEN))
               .expectException(DomainException.class);
    }

    @Test
    void handsAnItemOverWithANote() {
        fixture.given(received("x"), new FeedbackAssignedEvent(ID, null, "ana", null))
               .when(new AssignFeedbackCommand(ID, null, "ben", "ana is off tonight"))
               .expectEvents(new FeedbackAssignedEvent(ID, "ana", "ben", "ana is off tonight"));
    }

    @Test
    void rejectsAssigningTheSameAssigneeAgain() {
        fixture.given(received("x"), new FeedbackAssignedEvent(ID, null, "ana", null))
               .when(new AssignFeedbackCommand(ID, null, "ana", null))
               .expectException(DomainException.class);
    }

    @Test
    void rejectsAssigningAnArchivedItem() {
        fixture.given(received("x"), new FeedbackTriagedEvent(ID, null), new FeedbackWorkStartedEvent(ID, null),
                      new FeedbackCompletedEvent(ID, null), new FeedbackArchivedEvent(ID, null))
               .when(new AssignFeedbackCommand(ID, null, "ana", null))
               .expectException(DomainException.class);
    }
}
