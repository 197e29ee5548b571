package com.alumia.admin.app.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Axon's JDBC engine behind the {@link AppendFence}: appends hold it until they commit, tracked reads stop at the
 * head it reports.
 */
class FencedJdbcEventStorageEngine extends JdbcEventStorageEngine {

    private final AppendFence fence;
    private final TransactionManager transactionManager;

    FencedJdbcEventStorageEngine(Builder builder, TransactionManager transactionManager, AppendFence fence) {
        super(builder.transactionManager(transactionManager));
        this.transactionManager = transactionManager;
        this.fence = fence;
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
}
