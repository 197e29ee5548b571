package com.alumia.admin.api.ops;

/**
 * Identifiers of the aggregates that record operations on a processor's dead-letter queue.
 */
public final class DeadLetterQueues {

    private DeadLetterQueues() {
    }

    public static String id(String processor) {
        return processor + "/dead-letters";
    }
}
