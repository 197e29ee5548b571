package com.alumia.admin.app.eventstore;

import com.alumia.admin.query.audit.EventLog;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export path of the axonserver profile, on a store that numbers events from 0 as Axon Server does.
 */
class StreamingEventLogTest {

    record Noted(String text) {
    }

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final EventLog log = new StreamingEventLog(store, JacksonSerializer.defaultSerializer(),
                                                       Duration.ofMillis(50));

    @AfterEach
    void close() {
        store.shutDown();
    }

    private List<EventLog.StoredEvent> readAfter(long position, int limit) {
        List<EventLog.StoredEvent> read = new ArrayList<>();
        log.readAfter(position, limit, read::add);
        return read;
    }

    @Test
    void positionsStartAtOneAndResumeAfterTheLastOneSeen() {
        store.publish(new GenericDomainEventMessage<>("Feedback", "fb_1", 0, new Noted("first"),
                                                      MetaData.with("actor", "ops@example.com")));
        store.publish(GenericEventMessage.asEventMessage(new Noted("second")));
        store.publish(new GenericDomainEventMessage<>("Feedback", "fb_1", 1, new Noted("third")));

        List<EventLog.StoredEvent> all = readAfter(0, 10);
        assertThat(all).extracting(EventLog.StoredEvent::position).containsExactly(1L, 2L, 3L);
        EventLog.StoredEvent first = all.get(0);
        assertThat(first.aggregateType()).isEqualTo("Feedback");
        assertThat(first.aggregateId()).isEqualTo("fb_1");
        assertThat(first.sequence()).isZero();
        assertThat(first.payloadType()).isEqualTo(Noted.class.getName());
        assertThat(new String(first.payload(), StandardCharsets.UTF_8)).isEqualTo("{\"text\":\"first\"}");
        assertThat(new String(first.metadata(), StandardCharsets.UTF_8)).contains("\"actor\":\"ops@example.com\"");
        assertThat(all.get(1).aggregateType()).isNull();
        assertThat(all.get(1).sequence()).isNull();

        assertThat(readAfter(1, 10)).extracting(EventLog.StoredEvent::position).containsExactly(2L, 3L);
        assertThat(readAfter(1, 1)).extracting(EventLog.StoredEvent::position).containsExactly(2L);
        assertThat(readAfter(3, 10)).isEmpty();
    }
}
