package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * Reads one aggregate's events straight from the log: the history of an item is never behind its last change.
 */
@Component
public class AggregateHistory {

    private final EventStore eventStore;
    private final AuditEntries entries;

    AggregateHistory(EventStore eventStore, AuditEntries entries) {
        this.eventStore = eventStore;
        this.entries = entries;
    }

    public List<? extends DomainEventMessage<?>> events(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().toList();
    }

    /** The aggregate's events up to and including {@code asOf}; all of them when it is null. */
    public List<? extends DomainEventMessage<?>> events(String aggregateId, Instant asOf) {
        return eventStore.readEvents(aggregateId).asStream()
                         .filter(e -> asOf == null || !e.getTimestamp().isAfter(asOf))
                         .toList();
    }

    public List<AuditEntry> entries(List<? extends DomainEventMessage<?>> events) {
        return events.stream().map(e -> entries.from(e, null)).toList();
    }
}
