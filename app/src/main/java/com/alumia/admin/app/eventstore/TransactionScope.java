package com.alumia.admin.app.eventstore;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.function.Supplier;

/**
 * Holds something for exactly as long as the current Spring transaction: taken once per transaction, released when
 * it commits or rolls back.
 */
final class TransactionScope {

    private TransactionScope() {
    }

    /**
     * @param acquire takes the resource and returns how to release it, or null if it could not be taken
     * @return whether the transaction holds the resource now
     */
    static boolean holdUntilCompletion(Object key, Supplier<Runnable> acquire) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("The append fence needs a transaction with synchronization");
        }
        if (TransactionSynchronizationManager.hasResource(key)) {
            return true;
        }
        Runnable release = acquire.get();
        if (release == null) {
            return false;
        }
        TransactionSynchronizationManager.bindResource(key, release);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(key);
                release.run();
            }
        });
        return true;
    }
}
