package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.query.common.ViewTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * One batch's new versions of feedback items, written when the batch commits. An event says only what it changes
 * (the status, or the assignee), so each version takes the rest from the one before it: from earlier in the batch,
 * or from the item as the view had it before the batch, read once for all the batch's items.
 */
final class FeedbackVersions {

    /** What one event changed: a null status leaves it as it was, and so does {@code assigns} false. */
    private record Change(String feedbackId, long version, Instant at, boolean arrival, FeedbackStatus status,
                          boolean assigns, String assignee) {
    }

    private record State(String status, String assignee) {
    }

    private final String insert;
    private final String current;
    private final List<Change> changes = new ArrayList<>();
    private final Set<String> received = new LinkedHashSet<>();

    FeedbackVersions(ViewTables tables) {
        insert = tables.sql("INSERT INTO {feedback_item_version} (feedback_id, version, status, assignee, updated_at) "
                            + "VALUES (?, ?, ?, ?, ?)");
        current = tables.sql("SELECT feedback_id, status, assignee FROM {feedback_item} WHERE feedback_id IN (");
    }

    void received(String feedbackId, long version, Instant at) {
        received.add(feedbackId);
        changes.add(new Change(feedbackId, version, at, true, FeedbackStatus.OPEN, true, null));
    }

    void moved(String feedbackId, long version, Instant at, FeedbackStatus status) {
        changes.add(new Change(feedbackId, version, at, false, status, false, null));
    }

    void assigned(String feedbackId, long version, Instant at, String assignee) {
        changes.add(new Change(feedbackId, version, at, false, null, true, assignee));
    }

    void apply(JdbcTemplate jdbc) {
        List<String> earlier = changes.stream().map(Change::feedbackId).filter(id -> !received.contains(id))
                                      .distinct().sorted().toList();
        Map<String, State> states = new HashMap<>();
        FeedbackItemRows.read(jdbc, current, earlier,
                rs -> states.put(rs.getString(1), new State(rs.getString(2), rs.getString(3))));
        List<Object[]> rows = new ArrayList<>();
        for (Change change : changes) {
            State before = states.get(change.feedbackId());
            if (before == null && !change.arrival()) {
                continue; // an item the view never had (its arrival was parked as a dead letter)
            }
            State after = new State(change.status() != null ? change.status().name() : before.status(),
                    change.assigns() ? change.assignee() : before.assignee());
            states.put(change.feedbackId(), after);
            rows.add(new Object[]{change.feedbackId(), change.version(), after.status(), after.assignee(),
                    time(change.at())});
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(insert, rows);
        }
    }
}
