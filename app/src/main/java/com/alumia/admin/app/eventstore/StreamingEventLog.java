package com.alumia.admin.app.eventstore;

import com.alumia.admin.query.audit.EventLog;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The raw log read through the event store's own stream, for stores that number events without gaps from 0 (Axon
 * Server). Positions are the store's index plus one, so that they start at 1 as on the JDBC store and
 * {@code after=0} means the whole log.
 */
@Component
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "true")
class StreamingEventLog implements EventLog {

    private final EventStore eventStore;
    private final Serializer serializer;
    private final Duration idleWait;

    @Autowired
    StreamingEventLog(EventStore eventStore, @Qualifier("eventSerializer") Serializer serializer) {
        this(eventStore, serializer, Duration.ofMillis(500));
    }

    StreamingEventLog(EventStore eventStore, Serializer serializer, Duration idleWait) {
        this.eventStore = eventStore;
        this.serializer = serializer;
        this.idleWait = idleWait;
    }

    @Override
    public void readAfter(long position, int limit, Consumer<StoredEvent> sink) {
        TrackingToken from = position == 0 ? null : new GlobalSequenceTrackingToken(position - 1);
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(from)) {
            int sent = 0;
            while (sent < limit && stream.hasNextAvailable((int) idleWait.toMillis(), TimeUnit.MILLISECONDS)) {
                sink.accept(stored(stream.nextAvailable()));
                sent++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LogBusyException();
        }
    }

    private StoredEvent stored(TrackedEventMessage<?> event) {
        long position = ((GlobalSequenceTrackingToken) event.trackingToken()).getGlobalIndex() + 1;
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        byte[] metadata = event.serializeMetaData(serializer, byte[].class).getData();
        String aggregateType = null;
        String aggregateId = null;
        Long sequence = null;
        if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
            aggregateType = domain.getType();
            aggregateId = domain.getAggregateIdentifier();
            sequence = domain.getSequenceNumber();
        }
        return new StoredEvent(position, event.getIdentifier(), payload.getType().getName(),
                payload.getType().getRevision(), aggregateType, aggregateId, sequence,
                event.getTimestamp().toString(), metadata, payload.getData());
    }
}
