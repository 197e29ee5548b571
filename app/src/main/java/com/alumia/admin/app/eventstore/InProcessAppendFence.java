package com.alumia.admin.app.eventstore;

import java.sql.Connection;
import java.time.Duration;
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

    InProcessAppendFence(Duration readWait) {
        this.readWait = readWait;
    }

    @Override
    public void enterAppend(Connection connection) {
        TransactionScope.holdUntilCompletion(this, () -> {
            long stamp = lock.readLock();
            return () -> lock.unlockRead(stamp);
        });
    }

    @Override
    public boolean enterRead(Connection connection) {
        return TransactionScope.holdUntilCompletion(this, () -> {
            long stamp;
            try {
                stamp = lock.tryWriteLock(readWait.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stamp = 0;
            }
            if (stamp == 0) {
                return null;
            }
            long held = stamp;
            return () -> lock.unlockWrite(held);
        });
    }
}
