package com.alumia.admin.query.health;

import com.alumia.admin.api.health.SignalArea;
import com.alumia.admin.api.health.SignalReportedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.ViewJson;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.TreeMap;

import static com.alumia.admin.query.common.BatchedWrites.time;

/**
 * The platform health views: each subject as last recorded (its status with the time it began, its latest
 * metrics), and each change of status with the metrics reported with it.
 */
@Component
@ProcessingGroup(PlatformSignalProjection.GROUP)
class PlatformSignalProjection {

    static final String GROUP = "platform-health";

    private final BatchedWrites writes;

    PlatformSignalProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SignalReportedEvent event, @SequenceNumber long sequence) {
        String metrics = ViewJson.write(derived(event.area(), event.metrics()));
        String labels = ViewJson.write(event.labels());
        if (event.previous() == null) {
            writes.current().add("""
                    INSERT INTO platform_signal (signal_id, area, subject, status, since, reported_at, metrics, labels,
                                                 detail)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.signalId(), event.area().name(), event.subject(),
                    event.status().name(), time(event.reportedAt()), time(event.reportedAt()), metrics, labels,
                    event.detail());
        } else if (event.previous() != event.status()) {
            writes.current().add("UPDATE platform_signal SET status = ?, since = ?, reported_at = ?, metrics = ?, "
                                 + "labels = ?, detail = ? WHERE signal_id = ?", event.status().name(),
                    time(event.reportedAt()), time(event.reportedAt()), metrics, labels, event.detail(),
                    event.signalId());
        } else {
            writes.current().add("UPDATE platform_signal SET reported_at = ?, metrics = ?, labels = ?, detail = ? "
                                 + "WHERE signal_id = ?", time(event.reportedAt()), metrics, labels, event.detail(),
                    event.signalId());
            return;
        }
        writes.current().add("""
                INSERT INTO platform_signal_change (signal_id, seq, at, status, previous, metrics, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", event.signalId(), sequence, time(event.reportedAt()),
                event.status().name(), event.previous() == null ? null : event.previous().name(), metrics,
                event.detail());
    }

    /** The reported metrics, with a model's error rate (errors over requests, 0 without requests). */
    static Map<String, Double> derived(SignalArea area, Map<String, Double> metrics) {
        Map<String, Double> all = new TreeMap<>(metrics);
        if (area == SignalArea.MODEL) {
            double requests = metrics.getOrDefault("requests", 0.0);
            all.put("errorRate", requests == 0 ? 0.0 : metrics.getOrDefault("errors", 0.0) / requests);
        }
        return all;
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM platform_signal_change");
        writes.jdbc().update("DELETE FROM platform_signal");
    }
}
