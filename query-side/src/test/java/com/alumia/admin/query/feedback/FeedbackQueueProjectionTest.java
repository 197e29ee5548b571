package com.alumia.admin.query.feedback;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.Classification;
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
import com.alumia.admin.api.feedback.SignalCategory;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.autoconfigure.orm.jpa.TestEntityManager;

import javax.sql.DataSource;
import java.time.OffsetDateTime;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in, queue and group rows out, on the real schema.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class FeedbackQueueProjectionTest {

    private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
    private static final Classification SCRIPT = new Classification(ProbeClass.SCRIPT, SignalCategory.SECURITY_PROBE,
            Severity.MEDIUM, "fp-script", List.of());

    @Autowired
    TestEntityManager entities;
    @Autowired
    FeedbackItemRepository items;
    @Autowired
    FeedbackGroupRepository groups;

    @Autowired
    DataSource dataSource;
    FeedbackQueueProjection projection;

    @BeforeEach
    void projection() {
        projection = new FeedbackQueueProjection(new BatchedWrites(dataSource));
    }

    /** As a processor runs a handler: in a unit of work, whose commit sends the batched writes. */
    private static void handle(Runnable handler) {
        DefaultUnitOfWork.startAndGet(null).execute(handler);
    }

    private FeedbackId receive(String id, String org, Instant at) {
        FeedbackId feedbackId = new FeedbackId(id);
        handle(() -> projection.on(new FeedbackReceivedEvent(feedbackId, new OrgId(org), "u-1", "<script>x</script>",
                FeedbackContext.NONE, SCRIPT, at), 0, at));
        return feedbackId;
    }

    private FeedbackGroupRow group() {
        entities.flush();
        entities.clear();
        return groups.findById("fp-script").orElseThrow();
    }

    @Test
    void arrivalsInOneBatchCountOnceEachAndTheirOrgsOnce() {
        handle(() -> {
            for (int i = 0; i < 5; i++) {
                projection.on(new FeedbackReceivedEvent(new FeedbackId("fb_b" + i), new OrgId("org-" + (i % 2)), "u",
                        "<script>x</script>", FeedbackContext.NONE, SCRIPT, T0.plusSeconds(i)), 0, T0);
            }
            projection.on(new FeedbackCompletedEvent(new FeedbackId("fb_b0"), null), 1, T0);
        });
        FeedbackGroupRow group = group();
        assertThat(group.size).isEqualTo(5);
        assertThat(group.openCount).isEqualTo(4);
        assertThat(group.orgCount).isEqualTo(2);
        assertThat(group.lastSeen).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void arrivalsBuildTheItemAndTheGroupTotals() {
        receive("fb_1", "org-a", T0.plusSeconds(60));
        receive("fb_2", "org-b", T0);
        receive("fb_3", "org-a", T0.plusSeconds(120));

        entities.clear();
        FeedbackItem item = items.findById("fb_1").orElseThrow();
        assertThat(item.status).isEqualTo(FeedbackStatus.OPEN);
        assertThat(item.severityRank).isEqualTo(Severity.MEDIUM.rank());
        assertThat(item.fingerprint).isEqualTo("fp-script");
        assertThat(item.version).isZero();

        FeedbackGroupRow group = group();
        assertThat(group.size).isEqualTo(3);
        assertThat(group.openCount).isEqualTo(3);
        assertThat(group.orgCount).isEqualTo(2);
        assertThat(group.firstSeen).isEqualTo(T0);
        assertThat(group.lastSeen).isEqualTo(T0.plusSeconds(120));
        assertThat(group.probeClass).isEqualTo(ProbeClass.SCRIPT);
        assertThat(group.sample).isEqualTo("<script>x</script>");
    }

    @Test
    void onlyFinishingAndReopeningChangeTheGroupsOpenCount() {
        FeedbackId id = receive("fb_1", "org-a", T0);
        receive("fb_2", "org-a", T0);
        Instant later = T0.plusSeconds(300);
        handle(() -> projection.on(new FeedbackTriagedEvent(id, "seen"), 1, later));
        handle(() -> projection.on(new FeedbackWorkStartedEvent(id, null), 2, later));
        assertThat(group().openCount).as("triaged and in progress are still unfinished").isEqualTo(2);
        handle(() -> projection.on(new FeedbackCompletedEvent(id, null), 3, later));
        assertThat(group().openCount).isEqualTo(1);
        handle(() -> projection.on(new FeedbackReopenedEvent(id, FeedbackStatus.DONE, "again"), 4, later));
        assertThat(group().openCount).isEqualTo(2);
        handle(() -> projection.on(new FeedbackAssignedEvent(id, null, "ana@example.com", "yours"), 5, later));

        entities.clear();
        FeedbackItem item = items.findById("fb_1").orElseThrow();
        assertThat(item.status).isEqualTo(FeedbackStatus.OPEN);
        assertThat(item.version).isEqualTo(5);
        assertThat(item.updatedAt).isEqualTo(later);
        assertThat(item.assignee).isEqualTo("ana@example.com");
        assertThat(group().size).isEqualTo(2);
    }

    private List<String> versions(String feedbackId) {
        return new JdbcTemplate(dataSource).query("SELECT version, status, assignee, updated_at "
                + "FROM feedback_item_version WHERE feedback_id = ? ORDER BY version",
                (rs, n) -> rs.getLong(1) + " " + rs.getString(2) + " " + rs.getString(3) + " "
                           + rs.getObject(4, OffsetDateTime.class).toInstant(), feedbackId);
    }

    private String item(String feedbackId) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT status, assignee, version, updated_at, received_at "
                + "FROM feedback_item WHERE feedback_id = ?",
                (rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getLong(3) + " "
                           + rs.getObject(4, OffsetDateTime.class).toInstant() + " received "
                           + rs.getObject(5, OffsetDateTime.class).toInstant(), feedbackId);
    }

    @Test
    void everyEventLeavesAVersionWithTheWholeStateEvenWhenOneBatchHoldsSeveral() {
        Instant t1 = T0.plusSeconds(1);
        Instant t2 = T0.plusSeconds(2);
        FeedbackId id = new FeedbackId("fb_v");
        handle(() -> {
            projection.on(new FeedbackReceivedEvent(id, new OrgId("org-a"), "u-1", "text", FeedbackContext.NONE,
                    SCRIPT, T0), 0, T0);
            projection.on(new FeedbackTriagedEvent(id, "seen"), 1, t1);
            projection.on(new FeedbackAssignedEvent(id, null, "ana", "yours"), 2, t1);
            projection.on(new FeedbackWorkStartedEvent(id, null), 3, t2);
        });
        // The item's row is written once, as the batch leaves it.
        assertThat(item("fb_v")).isEqualTo("IN_PROGRESS ana 3 " + t2 + " received " + T0);
        // Later batches take what an event does not say from the item as the view has it.
        handle(() -> projection.on(new FeedbackCompletedEvent(id, null), 4, t2));
        handle(() -> projection.on(new FeedbackAssignedEvent(id, "ana", "bo", "handover"), 5, t2));
        // An event of an item the view never had (its arrival parked as a dead letter) leaves no version.
        handle(() -> projection.on(new FeedbackTriagedEvent(new FeedbackId("fb_never"), "seen"), 1, t2));

        assertThat(versions("fb_v")).containsExactly(
                "0 OPEN null " + T0,
                "1 TRIAGED null " + t1,
                "2 TRIAGED ana " + t1,
                "3 IN_PROGRESS ana " + t2,
                "4 DONE ana " + t2,
                "5 DONE bo " + t2);
        assertThat(versions("fb_never")).isEmpty();
        assertThat(item("fb_v")).isEqualTo("DONE bo 5 " + t2 + " received " + T0);
        assertThat(items.existsById("fb_never")).isFalse();
        projection.reset();
        assertThat(versions("fb_v")).isEmpty();
    }

    @Test
    void aResetEmptiesTheViewSoThatAReplayCountsFromZero() {
        receive("fb_1", "org-a", T0);
        projection.reset();
        entities.clear(); // a reset runs in a unit of work of its own, before the replay's first batch
        receive("fb_1", "org-a", T0);
        FeedbackGroupRow group = group();
        assertThat(group.size).isEqualTo(1);
        assertThat(group.orgCount).isEqualTo(1);
        assertThat(items.count()).isEqualTo(1);
    }
}
