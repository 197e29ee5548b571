package com.alumia.admin.api.health;

import java.time.Instant;
import java.util.Map;

/** A recorded report; {@code previous} is the status before it, null for the subject's first. */
public record SignalReportedEvent(String signalId, SignalArea area, String subject, SignalStatus status,
                                  SignalStatus previous, Map<String, Double> metrics, Map<String, String> labels,
                                  String detail, Instant reportedAt) {
}
