package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.Severity;

import java.time.Instant;

/**
 * Items that share a fingerprint: a burst of the same probe, or duplicates of the same report.
 *
 * @param burstPerMinute items per minute between first and last seen (a one-minute floor keeps single items sane)
 */
public record FeedbackGroup(String fingerprint,
                            ProbeClass probeClass,
                            SignalCategory category,
                            Severity severity,
                            long size,
                            long openCount,
                            long orgCount,
                            Instant firstSeen,
                            Instant lastSeen,
                            double burstPerMinute,
                            String sample) {
}
