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
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * The triage queue and its fingerprint groups.
 */
@Component
@ProcessingGroup(FeedbackQueueProjection.GROUP)
class FeedbackQueueProjection {

    static final String GROUP = "feedback-queue";
    private static final int SAMPLE_LENGTH = 280;

    private final FeedbackItemRepository items;
    private final FeedbackGroupRepository groups;

    FeedbackQueueProjection(FeedbackItemRepository items, FeedbackGroupRepository groups) {
        this.items = items;
        this.groups = groups;
    }

    @EventHandler
    void on(FeedbackReceivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Classification c = event.classification();
        FeedbackItem item = new FeedbackItem();
        item.feedbackId = event.feedbackId().value();
        item.orgId = event.orgId().value();
        item.userId = event.userId();
        item.text = event.text();
        item.status = FeedbackStatus.OPEN;
        item.probeClass = c.probeClass();
        item.category = c.category();
        item.severity = c.severity();
        item.severityRank = c.severity().rank();
        item.fingerprint = c.fingerprint();
        item.receivedAt = event.receivedAt() == null ? at : event.receivedAt();
        item.updatedAt = at;
        item.version = sequence;
        items.save(item);

        String sample = item.text.length() <= SAMPLE_LENGTH ? item.text : item.text.substring(0, SAMPLE_LENGTH);
        groups.createIfAbsent(c.fingerprint(), c.probeClass().name(), c.category().name(), c.severity().name(),
                c.severity().rank(), item.receivedAt, sample);
        int newOrgs = groups.addOrg(c.fingerprint(), item.orgId);
        groups.addMember(c.fingerprint(), newOrgs, item.receivedAt);
    }

    @EventHandler
    void on(FeedbackTriagedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, FeedbackStatus.TRIAGED, sequence, at);
    }

    @EventHandler
    void on(FeedbackWorkStartedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, FeedbackStatus.IN_PROGRESS, sequence, at);
    }

    @EventHandler
    void on(FeedbackCompletedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, FeedbackStatus.DONE, sequence, at);
    }

    @EventHandler
    void on(FeedbackArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, FeedbackStatus.ARCHIVED, sequence, at);
    }

    @EventHandler
    void on(FeedbackReopenedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        moveTo(event, FeedbackStatus.OPEN, sequence, at);
    }

    @EventHandler
    void on(FeedbackAssignedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        change(event, sequence, at, item -> item.assignee = event.assignee());
    }

    private void moveTo(FeedbackEvent event, FeedbackStatus status, long sequence, Instant at) {
        change(event, sequence, at, item -> {
            boolean wasOpen = item.isOpen();
            item.status = status;
            if (wasOpen != item.isOpen()) {
                groups.changeOpenCount(item.fingerprint, item.isOpen() ? 1 : -1);
            }
        });
    }

    private void change(FeedbackEvent event, long sequence, Instant at, Consumer<FeedbackItem> change) {
        items.findById(event.feedbackId().value()).ifPresent(item -> {
            change.accept(item);
            item.version = sequence;
            item.updatedAt = at;
            items.save(item);
        });
    }

    @ResetHandler
    void reset() {
        items.deleteAllInBatch();
        groups.deleteAllInBatch();
        groups.deleteAllOrgs();
    }
}
