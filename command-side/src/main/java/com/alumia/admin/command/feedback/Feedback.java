package com.alumia.admin.command.feedback;

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
import com.alumia.admin.api.feedback.ReceiveFeedbackCommand;
import com.alumia.admin.api.feedback.TransitionFeedbackCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

@Aggregate
class Feedback {

    static final int MAX_TEXT = 16_384;
    static final int MAX_NOTE = 4_000;
    static final int MAX_CONTEXT_FIELD = 4_096;

    @AggregateIdentifier
    private FeedbackId feedbackId;
    private FeedbackStatus status;
    private String assignee;

    Feedback() {
    }

    @CommandHandler
    Feedback(ReceiveFeedbackCommand command, FeedbackClassifier classifier) {
        String text = requireText("text", command.text(), MAX_TEXT);
        if (command.orgId() == null) {
            throw DomainException.invalid("orgId.required", "orgId must be given");
        }
        FeedbackContext context = command.context() == null ? FeedbackContext.NONE : new FeedbackContext(
                optionalText("context.url", command.context().url(), MAX_CONTEXT_FIELD),
                optionalText("context.userAgent", command.context().userAgent(), MAX_CONTEXT_FIELD),
                optionalText("context.requestFragment", command.context().requestFragment(), MAX_CONTEXT_FIELD));
        apply(new FeedbackReceivedEvent(command.feedbackId(), command.orgId(),
                optionalText("userId", command.userId(), 256), text, context,
                classifier.classify(text, context), command.receivedAt()));
    }

    @CommandHandler
    long handle(TransitionFeedbackCommand command) {
        FeedbackStatus target = command.target();
        if (target == null) {
            throw DomainException.invalid("target.required", "the target status must be given");
        }
        requireAllowedTransition(target);
        String note = optionalText("note", command.note(), MAX_NOTE);
        apply(switch (target) {
            case TRIAGED -> new FeedbackTriagedEvent(feedbackId, note);
            case IN_PROGRESS -> new FeedbackWorkStartedEvent(feedbackId, note);
            case DONE -> new FeedbackCompletedEvent(feedbackId, note);
            case ARCHIVED -> new FeedbackArchivedEvent(feedbackId, note);
            case OPEN -> new FeedbackReopenedEvent(feedbackId, status, note);
        });
        return getVersion();
    }

    @CommandHandler
    long handle(AssignFeedbackCommand command) {
        if (status == FeedbackStatus.ARCHIVED) {
            throw DomainException.conflict("feedback.archived", "An archived item cannot be assigned; reopen it first",
                    Map.of("status", status));
        }
        String next = optionalText("assignee", command.assignee(), 256);
        if (Objects.equals(next, assignee)) {
            throw DomainException.conflict("feedback.assignee_unchanged",
                    next == null ? "The item is not assigned" : "The item is already assigned to " + next,
                    Map.of());
        }
        apply(new FeedbackAssignedEvent(feedbackId, assignee, next,
                optionalText("handoffNote", command.handoffNote(), MAX_NOTE)));
        return getVersion();
    }

    private void requireAllowedTransition(FeedbackStatus target) {
        List<FeedbackStatus> allowed = FeedbackWorkflow.allowedFrom(status);
        if (!allowed.contains(target)) {
            throw DomainException.conflict("feedback.transition_not_allowed",
                    "An item that is " + status + " cannot move to " + target + "; allowed: " + allowed,
                    Map.of("current", status, "requested", target, "allowed", allowed));
        }
    }

    @EventSourcingHandler
    void on(FeedbackReceivedEvent event) {
        feedbackId = event.feedbackId();
        status = FeedbackStatus.OPEN;
    }

    @EventSourcingHandler
    void on(FeedbackTriagedEvent event) {
        status = FeedbackStatus.TRIAGED;
    }

    @EventSourcingHandler
    void on(FeedbackWorkStartedEvent event) {
        status = FeedbackStatus.IN_PROGRESS;
    }

    @EventSourcingHandler
    void on(FeedbackCompletedEvent event) {
        status = FeedbackStatus.DONE;
    }

    @EventSourcingHandler
    void on(FeedbackArchivedEvent event) {
        status = FeedbackStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(FeedbackReopenedEvent event) {
        status = FeedbackStatus.OPEN;
    }

    @EventSourcingHandler
    void on(FeedbackAssignedEvent event) {
        assignee = event.assignee();
    }
}
