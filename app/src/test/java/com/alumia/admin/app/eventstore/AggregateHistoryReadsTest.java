package com.alumia.admin.app.eventstore;

import com.alumia.admin.app.ApplicationTest;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loading an aggregate reads its history in as few round trips as its length needs, and whole: a read of fewer
 * events than a batch is the last, and snapshots are looked for only once one exists.
 */
@ApplicationTest
class AggregateHistoryReadsTest {

    private static final int BATCH = 4;

    @Autowired
    DataSource dataSource;
    @Autowired
    TransactionManager transactionManager;
    @Autowired
    EventSchema schema;
    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Serializer serializer;

    private final AtomicInteger statements = new AtomicInteger();

    @ParameterizedTest
    @ValueSource(ints = {1, BATCH - 1, BATCH, BATCH + 1, 3 * BATCH})
    void aHistoryOfAnyLengthIsReadWholeInOneReadPerBatchItFills(int length) {
        FencedJdbcEventStorageEngine engine = engine();
        String aggregate = history(engine, length);

        statements.set(0);
        List<Long> sequence = engine.readEvents(aggregate).asStream()
                                    .map(DomainEventMessage::getSequenceNumber).toList();

        assertThat(sequence).containsExactlyElementsOf(IntStream.range(0, length).mapToObj(i -> (long) i).toList());
        // One read per full batch, and one more for the rest: an empty one after a full last batch.
        assertThat(statements.get()).isEqualTo(length / BATCH + 1);
    }

    @Test
    void aHistoryWithAHoleInItsSequenceIsReadWhole() {
        FencedJdbcEventStorageEngine engine = engine();
        String aggregate = "probe-" + UUID.randomUUID();
        List<Long> stored = List.of(0L, 1L, 2L, 10L, 11L, 12L, 13L, 14L);
        transactionManager.executeInTransaction(() -> engine.appendEvents(stored.stream()
                .<DomainEventMessage<?>>map(i -> new GenericDomainEventMessage<>("Probe", aggregate, i, "e" + i))
                .toList()));

        assertThat(engine.readEvents(aggregate).asStream().map(DomainEventMessage::getSequenceNumber))
                .containsExactlyElementsOf(stored);
    }

    @Test
    void snapshotsAreLookedForOnlyOnceOneIsStored() {
        FencedJdbcEventStorageEngine engine = engine();
        String aggregate = history(engine, 2);

        statements.set(0);
        assertThat(engine.readSnapshot(aggregate)).isEmpty();
        assertThat(engine.readSnapshot(aggregate)).isEmpty();
        assertThat(statements.get()).as("one look at the table, by the first load").isEqualTo(1);

        GenericDomainEventMessage<String> snapshot = new GenericDomainEventMessage<>("Probe", aggregate, 1, "state");
        transactionManager.executeInTransaction(() -> engine.storeSnapshot(snapshot));
        statements.set(0);
        assertThat(engine.readSnapshot(aggregate)).hasValueSatisfying(
                found -> assertThat(found.getSequenceNumber()).isEqualTo(1));
        assertThat(statements.get()).as("the snapshot read").isEqualTo(1);
        // The database is shared with the other tests, which expect no snapshot.
        new JdbcTemplate(dataSource).update("DELETE FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                                            aggregate);
    }

    /** Appends {@code length} events of a new aggregate. */
    private String history(FencedJdbcEventStorageEngine engine, int length) {
        String aggregate = "probe-" + UUID.randomUUID();
        List<DomainEventMessage<?>> events = IntStream.range(0, length)
                .<DomainEventMessage<?>>mapToObj(i -> new GenericDomainEventMessage<>("Probe", aggregate, i, "e" + i))
                .toList();
        transactionManager.executeInTransaction(() -> engine.appendEvents(events));
        return aggregate;
    }

    /** An engine as the app makes it, with a small read batch, counting the statements it prepares. */
    private FencedJdbcEventStorageEngine engine() {
        ConnectionProvider pooled = new SpringDataSourceConnectionProvider(dataSource);
        ConnectionProvider counting = () -> counted(pooled.getConnection());
        JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .connectionProvider(counting)
                .schema(schema);
        return new FencedJdbcEventStorageEngine(builder, transactionManager,
                new InProcessAppendFence(Duration.ofMillis(200), schema), Duration.ofSeconds(60), BATCH);
    }

    private Connection counted(Connection connection) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[]{Connection.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("prepareStatement")) {
                        statements.incrementAndGet();
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
