package com.alumia.admin.app.audit;

import com.alumia.admin.query.audit.chain.ChainStore;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The hash chain's health as metrics to alert on: events committed but not yet chained, events chained since the
 * last signed checkpoint, and that checkpoint's age. A chain writer that stopped (a lost signing key, a database
 * that refuses it) shows as a lag that grows and a checkpoint that ages past the checkpoint interval.
 */
@Component
@ConditionalOnProperty(name = "alumia.chain.enabled", havingValue = "true", matchIfMissing = true)
class ChainMetrics {

    private static final Duration FRESH_FOR = Duration.ofSeconds(1);

    private final ChainStore store;
    private final EventStore eventStore;
    private final Clock clock;
    private volatile Reading last;

    private record Reading(Instant at, long head, ChainStore.State state) {
    }

    ChainMetrics(ChainStore store, EventStore eventStore, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.eventStore = eventStore;
        this.clock = clock;
        Gauge.builder("alumia.chain.lag.events", this, m -> Math.max(0, m.read().head() - m.read().state().position()))
             .description("Events committed to the log and not yet linked into the hash chain").register(meters);
        Gauge.builder("alumia.chain.unsigned.events", this, m -> m.read().state().unsignedEvents())
             .description("Events linked since the last signed checkpoint").register(meters);
        Gauge.builder("alumia.chain.checkpoint.age", this, ChainMetrics::checkpointAge).baseUnit("seconds")
             .description("Age of the last signed checkpoint (NaN before the first)").register(meters);
    }

    private double checkpointAge() {
        Reading reading = read();
        Instant signed = reading.state().lastCheckpointAt();
        return signed == null ? Double.NaN : Duration.between(signed, reading.at()).toMillis() / 1000.0;
    }

    /** One reading of the store serves all three gauges of a scrape. */
    private Reading read() {
        Reading reading = last;
        Instant now = clock.instant();
        if (reading == null || reading.at().plus(FRESH_FOR).isBefore(now)) {
            TrackingToken head = eventStore.createHeadToken();
            reading = new Reading(now, head == null ? 0 : head.position().orElse(0), store.state());
            last = reading;
        }
        return reading;
    }
}
