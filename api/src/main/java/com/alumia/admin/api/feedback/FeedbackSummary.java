package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;

import java.time.Instant;

/**
 * One row of the triage queue; {@code version} is what {@code If-Match} must carry to change the item.
 */
public record FeedbackSummary(FeedbackId feedbackId,
                              OrgId orgId,
                              String userId,
                              String excerpt,
                              FeedbackStatus status,
                              ProbeClass probeClass,
                              SignalCategory category,
                              Severity severity,
                              String fingerprint,
                              String assignee,
                              Instant receivedAt,
                              Instant updatedAt,
                              long version) {
}
