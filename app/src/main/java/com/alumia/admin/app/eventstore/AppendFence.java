package com.alumia.admin.app.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;

import java.sql.Connection;
import java.util.OptionalLong;

/**
 * Keeps readers of the event log from ever reading past an append that is still in flight.
 * <p>
 * The global index is handed out when a row is inserted, not when its transaction commits, so a reader can see
 * event 11 while event 10 is still uncommitted. Axon's JDBC engine records such a hole as a gap, but drops every gap
 * below an event older than {@code gapTimeout}; a slow commit is then skipped for good by every processor that was
 * behind. The fence removes the race: appenders hold it shared from insert to commit; a reader takes it exclusively
 * for a moment, long enough to read the highest committed index while no append is in flight, and then reads only
 * up to that index. Every index at or below it is committed or rolled back, and appends are held up only for that
 * moment, never for the read itself.
 */
public interface AppendFence {

    /**
     * Called inside the appending transaction, before the insert; holds the fence until that transaction ends.
     */
    void enterAppend(Connection connection);

    /**
     * Waits, at most the configured read wait, until no append is in flight, and returns the highest global index
     * committed at that moment: the bound below which a reader sees a complete log.
     *
     * @param connection the reader's connection, for fences that query through it
     * @return empty when in-flight appends did not finish within the wait: the caller reads nothing this time
     */
    OptionalLong safeHead(Connection connection);

    /** The highest global index in the event table, 0 when empty. */
    static String headQuery(EventSchema schema) {
        return "SELECT COALESCE(MAX(" + schema.globalIndexColumn() + "), 0) FROM " + schema.domainEventTable();
    }
}
