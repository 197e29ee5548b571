package com.alumia.admin.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.CapacityMonitor;
import org.axonframework.micrometer.EventProcessorLatencyMonitor;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MessageCountingMonitor;
import org.axonframework.micrometer.MessageTimerMonitor;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Axon's metrics of the buses and processors, the same meters under the same names, with one change: the capacity
 * gauges look back over {@code alumia.metrics.capacity-window} (1 s) instead of Axon's 10 minutes.
 * <p>
 * A capacity monitor keeps one entry (about 100 bytes) for every message in its window, handled or ignored. With
 * ten minutes, a dozen processors catching up over a large log at thousands of events per second each fill the
 * heap: the full bench run's replay ran a 384 MB heap out of memory this way (two thirds of the heap in these
 * entries, found with a JFR old-object sample). With one second the monitors hold at most a second of traffic.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters,
                                              @Value("${alumia.metrics.capacity-window:1s}") Duration window) {
        return new ShortWindowMetricRegistry(meters, window);
    }

    static final class ShortWindowMetricRegistry extends GlobalMetricRegistry {

        private final MeterRegistry meters;
        private final long windowMillis;

        ShortWindowMetricRegistry(MeterRegistry meters, Duration window) {
            super(meters);
            this.meters = meters;
            this.windowMillis = Math.max(1, window.toMillis());
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name) {
            return new MultiMessageMonitor<>(MessageTimerMonitor.buildMonitor(name, meters),
                    EventProcessorLatencyMonitor.builder().meterNamePrefix(name).meterRegistry(meters).build(),
                    capacity(name), MessageCountingMonitor.buildMonitor(name, meters));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name) {
            return handlers(name);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name) {
            return handlers(name);
        }

        private <M extends org.axonframework.messaging.Message<?>> MessageMonitor<M> handlers(String name) {
            return new MultiMessageMonitor<>(MessageTimerMonitor.buildMonitor(name, meters), capacity(name),
                    MessageCountingMonitor.buildMonitor(name, meters));
        }

        private CapacityMonitor capacity(String name) {
            return CapacityMonitor.buildMonitor(name, meters, windowMillis, TimeUnit.MILLISECONDS);
        }
    }
}
