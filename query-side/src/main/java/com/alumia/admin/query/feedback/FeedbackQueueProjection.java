package com.alumia.admin.query.feedback;

import com.alumia.admin.api.feedback.FeedbackArchivedEvent;
import com.alumia.admin.api.feedback.FeedbackAssignedEvent;
import com.alumia.admin.api.feedback.FeedbackCompletedEvent;
import com.alumia.admin.api.feedback.FeedbackEvent;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackReopenedEvent;
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


/**
 * The triage queue and its fingerprint groups, written in JDBC batches per processor batch (see
 * {@link BatchedWrites}, {@link FeedbackItemWrites}, {@link FeedbackGroupTotals}): a replay writes thousands of
 * events a second. It can be rebuilt aside ({@link AsideView}).
 */
@Component
@ProcessingGroup(FeedbackQueueProjection.GROUP)
class FeedbackQueueProjection implements AsideView {

    static final String GROUP = "feedback-queue";

    private final BatchedWrites writes;
    private final ViewTables tables;

    @Autowired
    FeedbackQueueProjection(BatchedWrites writes) {
        this(writes, ViewTables.LIVE);
    }

    private FeedbackQueueProjection(BatchedWrites writes, ViewTables tables) {
        this.writes = writes;
        this.tables = tables;
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

    private FeedbackItemWrites items() {
        return writes.current().state(FeedbackItemWrites.class, () -> new FeedbackItemWrites(tables),
                items -> items.apply(writes.jdbc()));
    }

    private FeedbackGroupTotals groupTotals() {
        return writes.current().state(FeedbackGroupTotals.class, () -> new FeedbackGroupTotals(tables),
                totals -> totals.apply(writes.jdbc()));
    }

    @EventHandler
    void on(FeedbackReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Instant received = event.receivedAt() == null ? at : event.receivedAt();
        items().received(event, sequence, at, received);
        groupTotals().received(event.feedbackId().value(), event.orgId().value(), event.text(),
                event.classification(), received);
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
        items().assigned(event.feedbackId().value(), sequence, at, event.assignee());
    }

    private void moveTo(FeedbackEvent event, long sequence, Instant at) {
        FeedbackMove move = FeedbackMove.of(event).orElseThrow();
        String id = event.feedbackId().value();
        items().moved(id, sequence, at, move.status);
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
