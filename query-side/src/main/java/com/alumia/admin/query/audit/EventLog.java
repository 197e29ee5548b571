package com.alumia.admin.query.audit;

import java.util.function.Consumer;

/**
 * The raw event log in global order, as stored: what auditors export and verify. Implemented where the event store
 * is configured.
 */
public interface EventLog {

    /**
     * Hands every committed event after {@code position}, in global order, at most {@code limit}, to {@code sink};
     * never an event beyond an append that is still in flight, so resuming after the last position seen never
     * skips one.
     */
    void readAfter(long position, int limit, Consumer<StoredEvent> sink);

    /**
     * @param aggregateType null for events that belong to no aggregate
     */
    record StoredEvent(long position, String eventId, String payloadType, String payloadRevision,
                       String aggregateType, String aggregateId, Long sequence, String timestamp,
                       byte[] metadata, byte[] payload) {

        private static final byte[] NO_METADATA = {'{', '}'};

        /** The metadata as stored, or an empty JSON object for an event stored without any. */
        public byte[] metadataOrEmpty() {
            return metadata == null ? NO_METADATA.clone() : metadata;
        }
    }
}
