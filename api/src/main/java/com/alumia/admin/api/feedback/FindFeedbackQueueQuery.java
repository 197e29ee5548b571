package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.Severity;

import java.time.Instant;

/**
 * The triage queue. Every filter is optional (null means any); {@code text} matches the item text case-insensitively.
 * With {@code asOf}, the queue as it was at that instant: each item that existed then, in the state it was in.
 */
public record FindFeedbackQueueQuery(FeedbackStatus status,
                                     ProbeClass probeClass,
                                     SignalCategory category,
                                     Severity severity,
                                     OrgId orgId,
                                     String fingerprint,
                                     String assignee,
                                     String text,
                                     FeedbackSort sort,
                                     String cursor,
                                     int limit,
                                     Instant asOf) {
}
