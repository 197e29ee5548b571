package com.alumia.admin.api.health;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A service's report on one subject. It is recorded when the subject is new, when its status changes, or when the
 * last recorded report is {@code heartbeat} old, so the views stay fresh without one event per report.
 */
public record ReportSignalCommand(SignalArea area, String subject, SignalStatus status, Map<String, Double> metrics,
                                  Map<String, String> labels, String detail, Instant reportedAt, Duration heartbeat) {

    @TargetAggregateIdentifier
    public String signalId() {
        return area.signalId(subject);
    }
}
