package com.alumia.admin.app.eventstore;

/**
 * In-flight appends did not commit within the fence's wait limit; the read can be retried at once.
 */
public class LogBusyException extends RuntimeException {

    public LogBusyException() {
        super("The event log is busy with slow appends; retry the read");
    }
}
