package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.ViewTables;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * One batch's changes to feedback items, written when the batch commits: each item's row once, as the batch leaves
 * it (an insert for an item that arrived in the batch, an update for one the view had), and a version row per event.
 * A replay's batch holds items that arrive and move several times; written event by event, each move was a round
 * trip and an update of every index of the item's row.
 * <p>
 * An event says only what it changes (the status, or the assignee), so each version takes the rest from the one
 * before it: from earlier in the batch, or from the item as the view had it before the batch, read once for all the
 * batch's items.
 */
final class FeedbackItemWrites {

    /** What one event changed: a null status leaves it as it was, and so does {@code assigns} false. */
    private record Change(String feedbackId, long version, Instant at, FeedbackStatus status, boolean assigns,
                          String assignee) {
    }

    private record State(String status, String assignee, long version, Instant at) {
    }

    private final String insertItem;
    private final String updateItem;
    private final String insertVersion;
    private final String current;
    private final List<Change> changes = new ArrayList<>();
    /** The columns that an item's later events never change, of the items that arrived in this batch. */
    private final Map<String, Object[]> arrivals = new LinkedHashMap<>();

    FeedbackItemWrites(ViewTables tables) {
        insertItem = tables.sql("""
                INSERT INTO {feedback_item} (feedback_id, org_id, user_id, text, probe_class, category, severity,
                                           severity_rank, fingerprint, received_at, status, assignee, updated_at,
                                           version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        updateItem = tables.sql("UPDATE {feedback_item} SET status = ?, assignee = ?, updated_at = ?, version = ? "
                                + "WHERE feedback_id = ?");
        insertVersion = tables.sql("INSERT INTO {feedback_item_version} (feedback_id, version, status, assignee, "
                                   + "updated_at) VALUES (?, ?, ?, ?, ?)");
        current = tables.sql("SELECT feedback_id, status, assignee FROM {feedback_item} WHERE feedback_id IN (");
    }

    void received(FeedbackReceivedEvent event, long version, Instant at, Instant receivedAt) {
        String id = event.feedbackId().value();
        Classification c = event.classification();
        arrivals.put(id, new Object[]{id, event.orgId().value(), event.userId(), event.text(), c.probeClass().name(),
                c.category().name(), c.severity().name(), c.severity().rank(), c.fingerprint(), time(receivedAt)});
        changes.add(new Change(id, version, at, FeedbackStatus.OPEN, true, null));
    }

    void moved(String feedbackId, long version, Instant at, FeedbackStatus status) {
        changes.add(new Change(feedbackId, version, at, status, false, null));
    }

    void assigned(String feedbackId, long version, Instant at, String assignee) {
        changes.add(new Change(feedbackId, version, at, null, true, assignee));
    }

    void apply(JdbcTemplate jdbc) {
        List<String> earlier = changes.stream().map(Change::feedbackId).filter(id -> !arrivals.containsKey(id))
                                      .distinct().sorted().toList();
        Map<String, State> states = new HashMap<>();
        FeedbackItemRows.read(jdbc, current, earlier,
                rs -> states.put(rs.getString(1), new State(rs.getString(2), rs.getString(3), -1, null)));
        List<Object[]> versions = new ArrayList<>();
        for (Change change : changes) {
            State before = states.get(change.feedbackId());
            if (before == null && !arrivals.containsKey(change.feedbackId())) {
                continue; // an item the view never had (its arrival was parked as a dead letter)
            }
            State after = new State(change.status() != null ? change.status().name() : before.status(),
                    change.assigns() ? change.assignee() : before.assignee(), change.version(), change.at());
            states.put(change.feedbackId(), after);
            versions.add(new Object[]{change.feedbackId(), change.version(), after.status(), after.assignee(),
                    time(change.at())});
        }
        List<Object[]> inserts = new ArrayList<>();
        arrivals.forEach((id, fixed) -> {
            State last = states.get(id);
            Object[] row = Arrays.copyOf(fixed, fixed.length + 4);
            row[fixed.length] = last.status();
            row[fixed.length + 1] = last.assignee();
            row[fixed.length + 2] = time(last.at());
            row[fixed.length + 3] = last.version();
            inserts.add(row);
        });
        List<Object[]> updates = new ArrayList<>();
        for (String id : earlier) {
            State last = states.get(id);
            if (last != null && last.at() != null) {
                updates.add(new Object[]{last.status(), last.assignee(), time(last.at()), last.version(), id});
            }
        }
        BatchedWrites.run(jdbc, insertItem, inserts);
        BatchedWrites.run(jdbc, updateItem, updates);
        BatchedWrites.run(jdbc, insertVersion, versions);
    }
}
