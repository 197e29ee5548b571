package com.alumia.admin.app.eventstore;

import com.alumia.admin.query.common.IsoInstants;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's JDBC engine behind the {@link AppendFence}: appends hold it until they commit, tracked reads stop at the
 * head it reports. Tracked events keep the time they were read with ({@link #getTrackedEventData}).
 */
class FencedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    /** Gaps further back than this from the newest event read are let go (Axon's default). */
    private static final int MAX_GAP_OFFSET = 10_000;
    /** The first index the store hands out. */
    private static final long FIRST_INDEX = 1;

    private final AppendFence fence;
    private final TransactionManager transactionManager;
    private final Duration gapTimeout;

    /**
     * Whether snapshots are looked for when an aggregate is loaded: once one is known to exist. Axon reads the
     * snapshot table on every load, though no aggregate here takes snapshots yet; that was one round trip of the
     * five a transition's command made. The table is looked at once, at the first load, and a snapshot stored
     * through this engine turns the look-ups on. A snapshot another node stores is found after this node's next
     * start; until then this node loads that aggregate from its whole history, which gives the same state.
     */
    private volatile Boolean snapshotsExist;

    /**
     * @param readBatchSize events per read: of the tracked stream, and of an aggregate's history. A read of a
     *                      history returns its next events up to that many ({@link #readEventData(Connection,
     *                      String, long, int)}), so a read that returns fewer is the last. Axon's engine reads a range
     *                      of sequence numbers instead, and reads again until a read comes back empty: one round
     *                      trip more on every load.
     */
    FencedJdbcEventStorageEngine(Builder builder, TransactionManager transactionManager, AppendFence fence,
                                 Duration gapTimeout, int readBatchSize) {
        super(builder.transactionManager(transactionManager).gapTimeout(Math.toIntExact(gapTimeout.toMillis()))
                     .maxGapOffset(MAX_GAP_OFFSET).lowestGlobalSequence(FIRST_INDEX).batchSize(readBatchSize)
                     .finalAggregateBatchPredicate(batch -> batch.size() < readBatchSize));
        this.transactionManager = transactionManager;
        this.fence = fence;
        this.gapTimeout = gapTimeout;
    }

    /** The next events of an aggregate's history, at most {@code batchSize}, in order. */
    @Override
    protected PreparedStatement readEventData(Connection connection, String identifier, long firstSequenceNumber,
                                              int batchSize) throws SQLException {
        EventSchema schema = schema();
        PreparedStatement statement = connection.prepareStatement(
                "SELECT " + schema.trackedEventFields() + " FROM " + schema.domainEventTable() + " WHERE "
                + schema.aggregateIdentifierColumn() + " = ? AND " + schema.sequenceNumberColumn() + " >= ? ORDER BY "
                + schema.sequenceNumberColumn() + " ASC LIMIT ?");
        statement.setString(1, identifier);
        statement.setLong(2, firstSequenceNumber);
        statement.setInt(3, batchSize);
        return statement;
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        return snapshotsExist() ? super.readSnapshotData(aggregateIdentifier) : Stream.empty();
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        super.storeSnapshot(snapshot, serializer);
        synchronized (this) {
            snapshotsExist = true;
        }
    }

    private boolean snapshotsExist() {
        Boolean known = snapshotsExist;
        return known != null ? known : lookForSnapshots();
    }

    private synchronized boolean lookForSnapshots() {
        if (snapshotsExist == null) {
            String sql = "SELECT 1 FROM " + schema().snapshotTable() + " FETCH FIRST 1 ROWS ONLY";
            snapshotsExist = transactionManager.fetchInTransaction(() -> {
                try (Connection connection = getConnection();
                     PreparedStatement statement = connection.prepareStatement(sql);
                     ResultSet any = statement.executeQuery()) {
                    return any.next();
                } catch (SQLException e) {
                    throw new EventStoreException("Could not look for snapshots", e);
                }
            });
        }
        return snapshotsExist;
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        transactionManager.executeInTransaction(() -> {
            try (Connection connection = getConnection()) {
                fence.enterAppend(connection);
            } catch (SQLException e) {
                throw new EventStoreException("Could not release the connection after entering the fence", e);
            }
            super.appendEvents(events, serializer);
        });
    }

    /**
     * Axon's tracked read, bounded by the fence's safe head: between the token and the bound, plus the token's
     * gaps (left only by rolled-back appends, since nothing in flight is ever passed).
     */
    @Override
    protected PreparedStatement readEventData(Connection connection, TrackingToken lastToken, int batchSize)
            throws SQLException {
        GapAwareTrackingToken token = (GapAwareTrackingToken) lastToken;
        long from = token == null ? -1 : token.getIndex();
        long to = Math.min(from + batchSize, fence.safeHead(connection).orElse(from));
        Collection<Long> gaps = token == null ? List.of() : token.getGaps();
        String index = schema().globalIndexColumn();
        StringBuilder sql = new StringBuilder("SELECT ").append(trackedEventFields()).append(" FROM ")
                .append(schema().domainEventTable()).append(" WHERE (").append(index).append(" > ? AND ")
                .append(index).append(" <= ?)");
        if (!gaps.isEmpty()) {
            sql.append(" OR ").append(index).append(" IN (")
               .append(String.join(",", Collections.nCopies(gaps.size(), "?"))).append(')');
        }
        sql.append(" ORDER BY ").append(index).append(" ASC");
        PreparedStatement statement = connection.prepareStatement(sql.toString());
        statement.setLong(1, from);
        statement.setLong(2, to);
        int parameter = 3;
        for (Long gap : gaps) {
            statement.setLong(parameter++, gap);
        }
        return statement;
    }

    /**
     * A tracked event as Axon reads it, with its time read once, by {@link IsoInstants}. Axon's own entry keeps the
     * stored text and reads it again with a general formatter each time it is asked: once here for the token's gaps
     * and once more for the message, in every processor that reads the event, which was about a tenth of a
     * replaying processor's time. The rest is as Axon's engine reads it: an event of no aggregate has none, and the
     * token advances so that an event older than the gap timeout leaves no gaps behind it, and gaps further back
     * than the engine's limit are let go.
     */
    @Override
    protected TrackedEventData<?> getTrackedEventData(ResultSet resultSet, GapAwareTrackingToken previousToken)
            throws SQLException {
        EventSchema schema = schema();
        long index = resultSet.getLong(schema.globalIndexColumn());
        String aggregate = resultSet.getString(schema.aggregateIdentifierColumn());
        String identifier = resultSet.getString(schema.eventIdentifierColumn());
        Instant timestamp = IsoInstants.parse(resultSet.getString(schema.timestampColumn()),
                DateTimeUtils::parseInstant);
        // An event of no aggregate is stored under its own identifier as the aggregate's.
        DomainEventData<byte[]> event = new ReadEvent(resultSet.getString(schema.typeColumn()),
                identifier.equals(aggregate) ? null : aggregate, resultSet.getLong(schema.sequenceNumberColumn()),
                identifier, timestamp, resultSet.getString(schema.payloadTypeColumn()),
                resultSet.getString(schema.payloadRevisionColumn()), readPayload(resultSet, schema.payloadColumn()),
                readPayload(resultSet, schema.metaDataColumn()));
        boolean allowGaps = timestamp.isAfter(GenericEventMessage.clock.instant().minus(gapTimeout));
        GapAwareTrackingToken token = previousToken == null
                ? GapAwareTrackingToken.newInstance(index, allowGaps
                        ? LongStream.range(Math.min(FIRST_INDEX, index), index).boxed()
                                    .collect(Collectors.toCollection(TreeSet::new))
                        : new TreeSet<>())
                : previousToken.advanceTo(index, allowGaps ? MAX_GAP_OFFSET : 0);
        return new TrackedDomainEventData<>(token, event);
    }

    /** An event row as read, its payload and metadata still serialized. */
    private record ReadEvent(String type, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
                             Instant timestamp, String payloadType, String payloadRevision, byte[] payload,
                             byte[] metaData) implements DomainEventData<byte[]> {

        @Override
        public String getType() {
            return type;
        }

        @Override
        public String getAggregateIdentifier() {
            return aggregateIdentifier;
        }

        @Override
        public long getSequenceNumber() {
            return sequenceNumber;
        }

        @Override
        public String getEventIdentifier() {
            return eventIdentifier;
        }

        @Override
        public Instant getTimestamp() {
            return timestamp;
        }

        @Override
        public SerializedObject<byte[]> getMetaData() {
            return new SerializedMetaData<>(metaData, byte[].class);
        }

        @Override
        public SerializedObject<byte[]> getPayload() {
            return new SimpleSerializedObject<>(payload, byte[].class, payloadType, payloadRevision);
        }
    }
}
