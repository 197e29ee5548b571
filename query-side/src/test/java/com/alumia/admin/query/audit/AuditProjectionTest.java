package com.alumia.admin.query.audit;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackTriagedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events in, audit rows out, on the real schema: the org of each entry, named in its payload or learnt from an
 * earlier event of the same aggregate.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
class AuditProjectionTest {

    private record Named(OrgId orgId, String note) {
    }

    private record Plain(String orgId) {
    }

    private record Nested(Map<String, Object> context) {
    }

    @Autowired
    DataSource dataSource;
    ObjectMapper json = new ObjectMapper();
    AuditEntries entries;
    JdbcTemplate jdbc;
    long position;

    @BeforeEach
    void setUp() {
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(json).build();
        entries = new AuditEntries(json, serializer);
        jdbc = new JdbcTemplate(dataSource);
    }

    private AuditProjection projection() {
        return new AuditProjection(new BatchedWrites(dataSource), entries);
    }

    /** As a processor runs the handler: one unit of work, whose commit sends the batch. */
    private void batch(AuditProjection projection, Object... payloads) {
        DefaultUnitOfWork.startAndGet(null).execute(() -> {
            for (Object payload : payloads) {
                String aggregate = payload instanceof FeedbackTriagedEvent e ? e.feedbackId().value() : "fb_1";
                position++;
                projection.on(new GenericDomainEventMessage<>("Feedback", aggregate, position, payload),
                              new GlobalSequenceTrackingToken(position));
            }
        });
    }

    private String orgAt(long position) {
        return jdbc.queryForObject("SELECT org_id FROM audit_entry WHERE position = ?", String.class, position);
    }

    @Test
    void laterEventsOfAnAggregateTakeTheOrgItsFirstNamed() {
        batch(projection(), new Named(new OrgId("org-a"), "received"), new FeedbackTriagedEvent(new FeedbackId("fb_1"),
                "seen"));
        assertThat(orgAt(1)).isEqualTo("org-a");
        assertThat(orgAt(2)).as("from the same batch").isEqualTo("org-a");

        // A new projection remembers nothing: the org comes from the row the first batch wrote when it committed.
        batch(projection(), new FeedbackTriagedEvent(new FeedbackId("fb_1"), "again"));
        assertThat(orgAt(3)).isEqualTo("org-a");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_aggregate_org", Long.class)).isEqualTo(1);
    }

    @Test
    void anAggregateNeverSeenWithAnOrgHasNone() {
        batch(projection(), new FeedbackTriagedEvent(new FeedbackId("fb_unknown"), "seen"));
        assertThat(orgAt(1)).isNull();
    }

    @Test
    void theOrgIsReadFromThePayloadsTopLevelOnly() {
        assertThat(entries.orgNamedIn("{\"note\":{\"orgId\":\"x\"},\"orgId\":{\"value\":\"org-a\"}}"))
                .isEqualTo("org-a");
        assertThat(entries.orgNamedIn("{\"list\":[{\"orgId\":\"x\"}],\"orgId\":\"org-b\"}")).isEqualTo("org-b");
        assertThat(entries.orgNamedIn("{\"context\":{\"orgId\":\"x\"}}")).isNull();
        assertThat(entries.orgNamedIn("{\"orgId\":null}")).isNull();
        assertThat(entries.orgNamedIn("{\"orgId\":{\"other\":\"x\"}}")).isNull();
        assertThat(entries.orgNamedIn("[]")).isNull();
        assertThat(entries.orgNamedIn(json.valueToTree(new Plain("org-c")).toString())).isEqualTo("org-c");
        assertThat(entries.orgNamedIn(json.valueToTree(new Nested(Map.of("orgId", "x"))).toString())).isNull();
    }
}
