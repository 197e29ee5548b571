package com.alumia.admin.api.health;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a service reports on, with the metrics and labels each report must carry. The path segment names the area
 * in URLs ({@code /api/v1/health/models/{model}}).
 */
public enum SignalArea {

    /** A model of the catalog: its provider, and requests and errors over the report's window. */
    MODEL("models", List.of("requests", "errors"), List.of("provider")),
    /** A health check of the agent runtime (a dependency, a worker pool, a scheduler). */
    RUNTIME_CHECK("runtime-checks", List.of(), List.of()),
    /** A sandbox pool's queue: jobs waiting and running, and how long the oldest has waited. */
    SANDBOX_QUEUE("sandbox-queues", List.of("queued", "running", "oldestQueuedSeconds"), List.of()),
    /** A shopping store's snapshot: products listed, orders and failed orders over the report's window. */
    SHOPPING_STORE("shopping-stores", List.of("products", "orders", "failedOrders"), List.of());

    private final String segment;
    private final List<String> requiredMetrics;
    private final List<String> requiredLabels;

    SignalArea(String segment, List<String> requiredMetrics, List<String> requiredLabels) {
        this.segment = segment;
        this.requiredMetrics = requiredMetrics;
        this.requiredLabels = requiredLabels;
    }

    public String segment() {
        return segment;
    }

    public List<String> requiredMetrics() {
        return requiredMetrics;
    }

    public List<String> requiredLabels() {
        return requiredLabels;
    }

    public static Optional<SignalArea> ofSegment(String segment) {
        return Arrays.stream(values()).filter(a -> a.segment.equals(segment.toLowerCase(Locale.ROOT))).findFirst();
    }

    /** The aggregate identifier of one subject's signal in this area. */
    public String signalId(String subject) {
        return segment + ":" + subject;
    }
}
