package com.alumia.admin.api.health;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The platform health views: models, runtime checks, sandbox queues and shopping stores as services report them. */
public final class SignalViews {

    /**
     * {@code alumia.health.heartbeat} with its default: the longest an unchanged report waits to be recorded, read
     * where reports are recorded and where staleness is judged.
     */
    public static final String HEARTBEAT = "${alumia.health.heartbeat:PT5M}";

    private SignalViews() {
    }

    /**
     * One subject as last recorded. {@code since} is when its status last changed; {@code stale} when no report was
     * recorded for three heartbeats, so the reporter itself may be down. Models add {@code errorRate} to their
     * metrics (errors over requests).
     */
    public record Signal(SignalArea area, String subject, SignalStatus status, Instant since, Instant reportedAt,
                         boolean stale, Map<String, Double> metrics, Map<String, String> labels, String detail) {
    }

    /** The subjects of an area, worst first; {@code counts} per status (ok, degraded, down) over all of them. */
    public record Signals(SignalArea area, Map<String, Long> counts, List<Signal> items) {
    }

    /** A change of status, with the metrics reported with it. */
    public record Change(Instant at, SignalStatus status, SignalStatus previous, Map<String, Double> metrics,
                         String detail) {
    }

    public record SignalDetail(Signal signal, List<Change> changes) {
    }

    /** @param label a {@code key:value} that the subjects' labels must hold, or null */
    public record FindSignalsQuery(SignalArea area, SignalStatus status, String label, Instant now) {
    }

    public record FindSignalQuery(SignalArea area, String subject, Instant now) {
    }
}
