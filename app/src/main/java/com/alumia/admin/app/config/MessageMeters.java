package com.alumia.admin.app.config;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The counters and timers that Axon's {@code MessageCountingMonitor} and {@code MessageTimerMonitor} keep for a bus
 * or a processor, under the same names and with the same percentiles, but registered once. Axon's monitors build
 * and look up their nine meters in the registry for every message, handled or ignored, so every event cost each of
 * the processors that many registry lookups: about a tenth of a replaying processor's CPU in a profile, and the
 * same again for every processor that a live event passes by.
 * <p>
 * A message that a processor ignores is counted, not timed: its time would be the nanoseconds from ingestion to
 * the decision that no handler wants it, and recording that into two timers with client-side percentiles cost
 * about 3 % of the app's CPU under the command load of bench/run, since every live event passes by each of the
 * processors that have no handler for it. So there is no {@code ignoredTimer}, and {@code allTimer} times the
 * messages that were handled, successfully or not (Axon's counts the ignored ones too): a dashboard's rate of all
 * messages taken in reads {@code ingestedCounter}.
 */
final class MessageMeters implements MessageMonitor<Message<?>> {

    private final Clock clock;
    private final Counter ingested;
    private final Counter succeeded;
    private final Counter failed;
    private final Counter processed;
    private final Counter ignored;
    private final Timer all;
    private final Timer successTime;
    private final Timer failureTime;

    MessageMeters(String name, MeterRegistry meters) {
        this.clock = meters.config().clock();
        this.ingested = meters.counter(name + ".ingestedCounter");
        this.succeeded = meters.counter(name + ".successCounter");
        this.failed = meters.counter(name + ".failureCounter");
        this.processed = meters.counter(name + ".processedCounter");
        this.ignored = meters.counter(name + ".ignoredCounter");
        this.all = timer(name + ".allTimer", meters);
        this.successTime = timer(name + ".successTimer", meters);
        this.failureTime = timer(name + ".failureTimer", meters);
    }

    private static Timer timer(String name, MeterRegistry meters) {
        return Timer.builder(name)
                    .distributionStatisticExpiry(Duration.ofMinutes(10))
                    .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                    .register(meters);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        ingested.increment();
        long started = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                processed.increment();
                succeeded.increment();
                time(successTime);
            }

            @Override
            public void reportFailure(Throwable cause) {
                processed.increment();
                failed.increment();
                time(failureTime);
            }

            @Override
            public void reportIgnored() {
                ignored.increment();
            }

            private void time(Timer outcome) {
                long nanos = clock.monotonicTime() - started;
                all.record(nanos, TimeUnit.NANOSECONDS);
                outcome.record(nanos, TimeUnit.NANOSECONDS);
            }
        };
    }
}
