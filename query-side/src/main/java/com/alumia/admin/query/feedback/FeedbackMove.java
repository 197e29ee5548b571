package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.FeedbackArchivedEvent;
import com.alumia.admin.api.feedback.FeedbackCompletedEvent;
import com.alumia.admin.api.feedback.FeedbackReopenedEvent;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FeedbackTriagedEvent;
import com.alumia.admin.api.feedback.FeedbackWorkStartedEvent;

import java.util.Optional;

/**
 * The workflow events that move an item, with the status each leaves it in: what the queue projection writes and
 * what an item's state as of an instant is folded from.
 */
enum FeedbackMove {

    TRIAGE(FeedbackTriagedEvent.class, FeedbackStatus.TRIAGED, 0),
    START_WORK(FeedbackWorkStartedEvent.class, FeedbackStatus.IN_PROGRESS, 0),
    COMPLETE(FeedbackCompletedEvent.class, FeedbackStatus.DONE, -1),
    ARCHIVE(FeedbackArchivedEvent.class, FeedbackStatus.ARCHIVED, 0),
    REOPEN(FeedbackReopenedEvent.class, FeedbackStatus.OPEN, 1);

    private final Class<?> event;
    final FeedbackStatus status;
    /**
     * How the move changes its group's unfinished count: only finishing (in progress to done) and reopening (from
     * done or archived) do, as the workflow allows.
     */
    final int openChange;

    FeedbackMove(Class<?> event, FeedbackStatus status, int openChange) {
        this.event = event;
        this.status = status;
        this.openChange = openChange;
    }

    static Optional<FeedbackMove> of(Object payload) {
        for (FeedbackMove move : values()) {
            if (move.event.isInstance(payload)) {
                return Optional.of(move);
            }
        }
        return Optional.empty();
    }
}
