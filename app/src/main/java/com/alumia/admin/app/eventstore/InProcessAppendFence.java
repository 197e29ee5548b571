package com.alumia.admin.app.eventstore;

import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

/**
 * The fence for the embedded database, where one process owns the store: a lock in memory. A
 * {@link StampedLock} because the stamp is released by the transaction's completion callback, which need not run
 * on the thread that took it.
 */
class InProcessAppendFence implements AppendFence {

    private final StampedLock lock = new StampedLock();
    private final Duration readWait;
    private final String headSql;

    InProcessAppendFence(Duration readWait, EventSchema schema) {
        this.readWait = readWait;
        this.headSql = AppendFence.headQuery(schema);
    }

    @Override
    public void enterAppend(Connection connection) {
        TransactionScope.holdUntilCompletion(this, () -> {
            long stamp = lock.readLock();
            return () -> lock.unlockRead(stamp);
        });
    }

    @Override
    public OptionalLong safeHead(Connection connection) {
        long stamp;
        try {
            stamp = lock.tryWriteLock(readWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
        if (stamp == 0) {
            return OptionalLong.empty();
        }
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery(headSql)) {
            head.next();
            return OptionalLong.of(head.getLong(1));
        } catch (SQLException e) {
            throw new EventStoreException("Could not read the head of the event log", e);
        } finally {
            lock.unlockWrite(stamp);
        }
    }
}
