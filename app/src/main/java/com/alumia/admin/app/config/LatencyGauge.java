package com.alumia.admin.app.config;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitorCallback;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The {@code <name>.latency} gauge of a processor, as Axon's {@code EventProcessorLatencyMonitor} names it: how old,
 * in milliseconds, the last event it took up was at that moment. Axon's monitor builds and registers its gauge for
 * every message; this one registers it once.
 */
final class LatencyGauge implements MessageMonitor<EventMessage<?>> {

    private final Clock clock;
    private final AtomicLong millis = new AtomicLong();

    LatencyGauge(String name, MeterRegistry meters) {
        this.clock = meters.config().clock();
        Gauge.builder(name + ".latency", millis, AtomicLong::get).register(meters);
    }

    @Override
    public MonitorCallback onMessageIngested(EventMessage<?> message) {
        millis.set(clock.wallTime() - message.getTimestamp().toEpochMilli());
        return NoOpMessageMonitorCallback.INSTANCE;
    }
}
