package com.alumia.admin.command.feedback;

import com.alumia.admin.api.feedback.FeedbackStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static com.alumia.admin.api.feedback.FeedbackStatus.ARCHIVED;
import static com.alumia.admin.api.feedback.FeedbackStatus.DONE;
import static com.alumia.admin.api.feedback.FeedbackStatus.IN_PROGRESS;
import static com.alumia.admin.api.feedback.FeedbackStatus.OPEN;
import static com.alumia.admin.api.feedback.FeedbackStatus.TRIAGED;

/**
 * The triage workflow: open → triaged → in_progress → done → archived, and reopening of finished or archived items.
 */
final class FeedbackWorkflow {

    private static final Map<FeedbackStatus, List<FeedbackStatus>> ALLOWED = new EnumMap<>(Map.of(
            OPEN, List.of(TRIAGED),
            TRIAGED, List.of(IN_PROGRESS),
            IN_PROGRESS, List.of(DONE),
            DONE, List.of(ARCHIVED, OPEN),
            ARCHIVED, List.of(OPEN)));

    private FeedbackWorkflow() {
    }

    static List<FeedbackStatus> allowedFrom(FeedbackStatus current) {
        return ALLOWED.get(current);
    }
}
