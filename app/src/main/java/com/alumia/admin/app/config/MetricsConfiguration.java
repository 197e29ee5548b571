package com.alumia.admin.app.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.MultiMessageMonitor;
import org.axonframework.queryhandling.QueryMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's metrics of the buses, the event store and the processors, the same meters under the same names (but for
 * the ignored messages' timer, see {@link MessageMeters}), registered once per component instead of looked up in the registry for every message ({@link MessageMeters},
 * {@link LatencyGauge}, {@link CapacityGauge}): every live event passes every processor, so Axon's monitors cost
 * each event some thirty rounds of registry look-ups, and about a sixth of a replaying processor's CPU in a JFR
 * profile.
 * <p>
 * The capacity gauges look back over {@code alumia.metrics.capacity-window} (1 s). Axon's look back ten minutes
 * and keep an entry (about 100 bytes) for every message in that window: a dozen processors catching up over a
 * large log at thousands of events per second each ran a 384 MB heap out of memory that way in the full bench run.
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    @Bean
    GlobalMetricRegistry globalMetricRegistry(MeterRegistry meters,
                                              @Value("${alumia.metrics.capacity-window:1s}") Duration window) {
        return new RegisteredOnceMetricRegistry(meters, window);
    }

    static final class RegisteredOnceMetricRegistry extends GlobalMetricRegistry {

        private final MeterRegistry meters;
        private final Duration window;
        /** A gauge is registered once per name, and a processor made again under its name reports to it. */
        private final Map<String, CapacityGauge> capacities = new ConcurrentHashMap<>();
        private final Map<String, LatencyGauge> latencies = new ConcurrentHashMap<>();

        RegisteredOnceMetricRegistry(MeterRegistry meters, Duration window) {
            super(meters);
            this.meters = meters;
            this.window = window;
        }

        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventProcessor(String name) {
            return new MultiMessageMonitor<>(new MessageMeters(name, meters),
                    latencies.computeIfAbsent(name, n -> new LatencyGauge(n, meters)), capacity(name));
        }

        @Override
        public MessageMonitor<? super CommandMessage<?>> registerCommandBus(String name) {
            return handlers(name);
        }

        /** The event store's: its counters and timers for every event published, as Axon keeps them. */
        @Override
        public MessageMonitor<? super EventMessage<?>> registerEventBus(String name) {
            return new MessageMeters(name, meters);
        }

        @Override
        public MessageMonitor<? super QueryMessage<?, ?>> registerQueryBus(String name) {
            return handlers(name);
        }

        private <M extends org.axonframework.messaging.Message<?>> MessageMonitor<M> handlers(String name) {
            return new MultiMessageMonitor<>(new MessageMeters(name, meters), capacity(name));
        }

        private CapacityGauge capacity(String name) {
            return capacities.computeIfAbsent(name, n -> new CapacityGauge(n, meters, window));
        }
    }
}
