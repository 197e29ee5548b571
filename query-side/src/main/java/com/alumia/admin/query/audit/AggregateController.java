package com.alumia.admin.query.audit;

import com.alumia.admin.api.audit.AuditEntry;
import com.alumia.admin.query.common.NotFoundException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/**
 * Any aggregate's history straight from the log, as it stood at an instant: its events up to then, each as an
 * audit entry (who, when, why), and the version it had.
 */
@RestController
class AggregateController {

    private final AggregateHistory history;

    AggregateController(AggregateHistory history) {
        this.history = history;
    }

    /**
     * @param version the sequence number of its last event up to {@code asOf}: what {@code If-Match} carried then
     */
    record AggregateEvents(String aggregateId, String aggregateType, Instant asOf, long version,
                           List<AuditEntry> events) {
    }

    @GetMapping("/api/v1/admin/aggregates/{aggregateId}/events")
    AggregateEvents events(@PathVariable String aggregateId, @RequestParam(required = false) Instant asOf) {
        List<? extends DomainEventMessage<?>> events = history.events(aggregateId, asOf);
        if (events.isEmpty()) {
            throw new NotFoundException("aggregate", asOf == null ? aggregateId : aggregateId + " at " + asOf);
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        return new AggregateEvents(aggregateId, last.getType(), asOf, last.getSequenceNumber(),
                history.entries(events));
    }
}
