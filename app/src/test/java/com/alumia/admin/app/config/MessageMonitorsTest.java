package com.alumia.admin.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.monitoring.MessageMonitor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bus and processor meters under Axon's names, kept the way Axon's monitors keep them.
 */
class MessageMonitorsTest {

    private final MockClock clock = new MockClock();
    private final MeterRegistry meters = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);

    @Test
    void countersAndTimersFollowEachOutcomeAndIgnoredMessagesAreOnlyCounted() {
        MessageMeters monitor = new MessageMeters("feedback-queue", meters);
        MessageMonitor.MonitorCallback handled = monitor.onMessageIngested(new GenericMessage<>("a"));
        clock.add(Duration.ofMillis(30));
        handled.reportSuccess();
        monitor.onMessageIngested(new GenericMessage<>("b")).reportIgnored();
        monitor.onMessageIngested(new GenericMessage<>("c")).reportFailure(new IllegalStateException());

        assertThat(meters.counter("feedback-queue.ingestedCounter").count()).isEqualTo(3);
        assertThat(meters.counter("feedback-queue.processedCounter").count()).isEqualTo(2);
        assertThat(meters.counter("feedback-queue.successCounter").count()).isEqualTo(1);
        assertThat(meters.counter("feedback-queue.failureCounter").count()).isEqualTo(1);
        assertThat(meters.counter("feedback-queue.ignoredCounter").count()).isEqualTo(1);
        assertThat(meters.timer("feedback-queue.allTimer").count()).isEqualTo(2);
        assertThat(meters.find("feedback-queue.ignoredTimer").timers()).isEmpty();
        assertThat(meters.timer("feedback-queue.successTimer").totalTime(TimeUnit.MILLISECONDS)).isEqualTo(30);
        new MessageMeters("feedback-queue", meters); // a processor made again under its name
        assertThat(meters.find("feedback-queue.allTimer").timers()).hasSize(1);
        assertThat(meters.counter("feedback-queue.ingestedCounter").count()).isEqualTo(3);
    }

    @Test
    void theEventStoreIsCountedAndTimedWithTheMetersRegisteredOnce() {
        MetricsConfiguration.RegisteredOnceMetricRegistry registry =
                new MetricsConfiguration.RegisteredOnceMetricRegistry(meters, Duration.ofSeconds(1));
        MessageMonitor<? super org.axonframework.eventhandling.EventMessage<?>> store =
                registry.registerEventBus("eventStore");
        assertThat(store).isInstanceOf(MessageMeters.class);

        store.onMessageIngested(new GenericEventMessage<>("e")).reportSuccess();
        assertThat(meters.counter("eventStore.successCounter").count()).isEqualTo(1);
        assertThat(meters.timer("eventStore.allTimer").count()).isEqualTo(1);
    }

    @Test
    void capacityIsTheShareOfTheLastWindowSpentHandling() {
        CapacityGauge capacity = new CapacityGauge("commandBus", meters, Duration.ofSeconds(1));
        MessageMonitor.MonitorCallback first = capacity.onMessageIngested(new GenericMessage<>("a"));
        clock.add(Duration.ofMillis(300));
        first.reportSuccess();
        MessageMonitor.MonitorCallback second = capacity.onMessageIngested(new GenericMessage<>("b"));
        clock.add(Duration.ofMillis(200));
        second.reportIgnored();
        assertThat(gauge("commandBus.capacity")).as("the first window has not passed").isZero();
        clock.add(Duration.ofMillis(500));
        assertThat(gauge("commandBus.capacity")).isEqualTo(0.5);
        clock.add(Duration.ofSeconds(1));
        assertThat(gauge("commandBus.capacity")).as("an idle window").isZero();
    }

    @Test
    void latencyIsTheAgeOfTheLastEventTakenUp() {
        LatencyGauge latency = new LatencyGauge("audit-log", meters);
        Instant now = Instant.ofEpochMilli(clock.wallTime());
        latency.onMessageIngested(new GenericEventMessage<>(new GenericMessage<>("e"), () -> now.minusMillis(1_500)));
        assertThat(gauge("audit-log.latency")).isEqualTo(1_500);
    }

    private double gauge(String name) {
        return meters.get(name).gauge().value();
    }
}
