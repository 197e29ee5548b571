package com.alumia.admin.app.config;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

import java.time.Duration;

/**
 * The {@code <name>.capacity} gauge of a bus or processor, as Axon's {@code CapacityMonitor} names it: the share of
 * the last window spent handling messages (1 is one thread busy all the time). Axon's monitor keeps an entry per
 * message in a sliding window and looks its gauge up in the registry for every message; this one adds each
 * message's time to the current window and registers its gauge once. The gauge shows the last whole window.
 */
final class CapacityGauge implements MessageMonitor<Message<?>> {

    private final Clock clock;
    private final long windowNanos;
    private long windowStart;
    private long busyNanos;
    private double share;

    CapacityGauge(String name, MeterRegistry meters, Duration window) {
        this.clock = meters.config().clock();
        this.windowNanos = Math.max(1, window.toNanos());
        this.windowStart = clock.monotonicTime();
        Gauge.builder(name + ".capacity", this, CapacityGauge::value).register(meters);
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        long started = clock.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                busy(started);
            }

            @Override
            public void reportFailure(Throwable cause) {
                busy(started);
            }

            @Override
            public void reportIgnored() {
                busy(started);
            }
        };
    }

    private synchronized void busy(long started) {
        long now = clock.monotonicTime();
        roll(now);
        busyNanos += now - started;
    }

    synchronized double value() {
        roll(clock.monotonicTime());
        return share;
    }

    /** Closes the window once it has passed: its share becomes the gauge's value, and a new window starts. */
    private void roll(long now) {
        long elapsed = now - windowStart;
        if (elapsed >= windowNanos) {
            share = (double) busyNanos / elapsed;
            busyNanos = 0;
            windowStart = now;
        }
    }
}
