package com.alumia.admin.app.eventstore;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackContext;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SignalCategory;
import com.alumia.admin.app.ApplicationTest;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A tracked read gives every event as it was stored: time (read once, by the app's own reader of the stored form),
 * identity, aggregate, payload, metadata and position.
 */
@ApplicationTest
class TrackedReadsTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    EventStorageEngine engine;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    DataSource dataSource;

    @Test
    void aTrackedEventIsReadAsItWasStored() {
        FeedbackId id = FeedbackId.newId();
        FeedbackReceivedEvent payload = new FeedbackReceivedEvent(id, new OrgId("org-read"), "u", "read me back",
                FeedbackContext.NONE, new Classification(ProbeClass.NONE, SignalCategory.PRODUCT_SIGNAL,
                Severity.INFO, "read", List.of()), Instant.parse("2026-11-25T01:02:03.456Z"));
        GenericDomainEventMessage<FeedbackReceivedEvent> sent = new GenericDomainEventMessage<>("Feedback",
                id.value(), 0, payload, MetaData.with("reason", "a test"));
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> eventStore.publish(sent));
        Map<String, Object> row = new JdbcTemplate(dataSource).queryForMap(
                "SELECT global_index, time_stamp FROM domain_event_entry WHERE event_identifier = ?",
                sent.getIdentifier());
        long index = ((Number) row.get("global_index")).longValue();

        TrackedEventMessage<?> read = engine.readEvents(GapAwareTrackingToken.newInstance(index - 1, Set.of()), false)
                                            .findFirst().orElseThrow();

        assertThat(read.getIdentifier()).isEqualTo(sent.getIdentifier());
        assertThat(read.getTimestamp()).isEqualTo(DateTimeUtils.parseInstant((String) row.get("time_stamp")))
                                       .isCloseTo(sent.getTimestamp(), within(1, ChronoUnit.MILLIS));
        assertThat(read.trackingToken().position()).hasValue(index);
        assertThat(read.getPayload()).isEqualTo(payload);
        assertThat(read.getMetaData()).containsEntry("reason", "a test");
        assertThat(read).isInstanceOfSatisfying(DomainEventMessage.class, domain -> {
            assertThat(domain.getType()).isEqualTo("Feedback");
            assertThat(domain.getAggregateIdentifier()).isEqualTo(id.value());
            assertThat(domain.getSequenceNumber()).isZero();
        });
    }
}
