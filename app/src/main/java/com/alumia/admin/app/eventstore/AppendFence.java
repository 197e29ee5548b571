package com.alumia.admin.app.eventstore;

import java.sql.Connection;

/**
 * Keeps readers of the event log from ever reading past an append that is still in flight.
 * <p>
 * The global index is handed out when a row is inserted, not when its transaction commits, so a reader can see
 * event 11 while event 10 is still uncommitted. Axon's JDBC engine records such a hole as a gap, but drops every gap
 * below an event older than {@code gapTimeout}; a slow commit is then skipped for good by every processor that was
 * behind. The fence removes the race: appenders hold it shared from insert to commit, and a reader takes it
 * exclusively before it reads, so every index at or below what the reader sees is committed or rolled back.
 * Both sides hold it until their own transaction ends.
 */
public interface AppendFence {

    /**
     * Called inside the appending transaction, before the insert.
     */
    void enterAppend(Connection connection);

    /**
     * Called inside the reading transaction, before the read.
     *
     * @return false when in-flight appends did not finish within the wait limit: the caller reads nothing this time
     */
    boolean enterRead(Connection connection);
}
