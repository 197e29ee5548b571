package com.alumia.admin.command.common;

import java.time.Duration;

/**
 * A command got no answer in time. Its outcome is unknown: it may still be applied, so the caller should read the
 * resource before retrying (or retry with the same Idempotency-Key).
 */
public class CommandTimeoutException extends RuntimeException {

    public CommandTimeoutException(Duration timeout) {
        super("The command got no answer within " + timeout.toMillis() + " ms; its outcome is unknown");
    }
}
