package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackArchivedEvent;
import com.alumia.admin.api.feedback.FeedbackAssignedEvent;
import com.alumia.admin.api.feedback.FeedbackCompletedEvent;
import com.alumia.admin.api.feedback.FeedbackEvent;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackReopenedEvent;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FeedbackTriagedEvent;
import com.alumia.admin.api.feedback.FeedbackWorkStartedEvent;
import com.alumia.admin.query.common.AsideView;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.ViewTables;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * The triage queue and its fingerprint groups, written in JDBC batches per processor batch (see
 * {@link BatchedWrites}): a replay writes thousands of events a second. It can be rebuilt aside
 * ({@link AsideView}).
 */
@Component
@ProcessingGroup(FeedbackQueueProjection.GROUP)
class FeedbackQueueProjection implements AsideView {

    static final String GROUP = "feedback-queue";

    private static final String INSERT_ITEM = """
            INSERT INTO {feedback_item} (feedback_id, org_id, user_id, text, status, probe_class, category, severity,
                                       severity_rank, fingerprint, received_at, updated_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SET_STATUS =
            "UPDATE {feedback_item} SET status = ?, version = ?, updated_at = ? WHERE feedback_id = ?";
    private static final String SET_ASSIGNEE =
            "UPDATE {feedback_item} SET assignee = ?, version = ?, updated_at = ? WHERE feedback_id = ?";

    private final BatchedWrites writes;
    private final ViewTables tables;
    private final String insertItem;
    private final String setStatus;
    private final String setAssignee;

    @Autowired
    FeedbackQueueProjection(BatchedWrites writes) {
        this(writes, ViewTables.LIVE);
    }

    private FeedbackQueueProjection(BatchedWrites writes, ViewTables tables) {
        this.writes = writes;
        this.tables = tables;
        this.insertItem = tables.sql(INSERT_ITEM);
        this.setStatus = tables.sql(SET_STATUS);
        this.setAssignee = tables.sql(SET_ASSIGNEE);
    }

    @Override
    public String processingGroup() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return List.of("feedback_item", "feedback_item_version", "feedback_group", "feedback_group_org");
    }

    @Override
    public Object writingTo(ViewTables tables) {
        return new FeedbackQueueProjection(writes, tables);
    }

    private FeedbackVersions versions() {
        return writes.current().state(FeedbackVersions.class, () -> new FeedbackVersions(tables),
                versions -> versions.apply(writes.jdbc()));
    }

    private FeedbackGroupTotals groupTotals() {
        return writes.current().state(FeedbackGroupTotals.class, () -> new FeedbackGroupTotals(tables),
                totals -> totals.apply(writes.jdbc()));
    }

    @EventHandler
    void on(FeedbackReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Classification c = event.classification();
        Instant received = event.receivedAt() == null ? at : event.receivedAt();
        String id = event.feedbackId().value();
        writes.current().add(insertItem, id, event.orgId().value(), event.userId(), event.text(),
                FeedbackStatus.OPEN.name(), c.probeClass().name(), c.category().name(), c.severity().name(),
                c.severity().rank(), c.fingerprint(), time(received), time(at), sequence);
        groupTotals().received(id, event.orgId().value(), event.text(), c, received);
        versions().received(id, sequence, at);
    }

    @EventHandler
    void on(FeedbackTriagedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, sequence, at);
    }

    @EventHandler
    void on(FeedbackWorkStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, sequence, at);
    }

    @EventHandler
    void on(FeedbackCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, sequence, at);
    }

    @EventHandler
    void on(FeedbackArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, sequence, at);
    }

    @EventHandler
    void on(FeedbackReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, sequence, at);
    }

    @EventHandler
    void on(FeedbackAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add(setAssignee, event.assignee(), sequence, time(at), event.feedbackId().value());
        versions().assigned(event.feedbackId().value(), sequence, at, event.assignee());
    }

    private void moveTo(FeedbackEvent event, long sequence, Instant at) {
        FeedbackMove move = FeedbackMove.of(event).orElseThrow();
        String id = event.feedbackId().value();
        writes.current().add(setStatus, move.status.name(), sequence, time(at), id);
        versions().moved(id, sequence, at, move.status);
        if (move.openChange != 0) {
            groupTotals().openChanged(id, move.openChange);
        }
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update(tables.sql("DELETE FROM {feedback_group_org}"));
        writes.jdbc().update(tables.sql("DELETE FROM {feedback_group}"));
        writes.jdbc().update(tables.sql("DELETE FROM {feedback_item}"));
        writes.jdbc().update(tables.sql("DELETE FROM {feedback_item_version}"));
    }
}
