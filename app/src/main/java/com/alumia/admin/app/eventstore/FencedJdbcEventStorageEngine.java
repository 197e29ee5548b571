package com.alumia.admin.app.eventstore;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * Axon's JDBC engine behind the {@link AppendFence}: appends enter it shared, tracked reads exclusively.
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

    @Override
    protected PreparedStatement readEventData(Connection connection, TrackingToken lastToken, int batchSize)
            throws SQLException {
        if (!fence.enterRead(connection)) {
            return connection.prepareStatement(
                    "SELECT " + trackedEventFields() + " FROM " + schema().domainEventTable() + " WHERE 1 = 0");
        }
        return super.readEventData(connection, lastToken, batchSize);
    }
}
