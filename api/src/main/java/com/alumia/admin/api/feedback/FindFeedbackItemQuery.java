package com.alumia.admin.api.feedback;

import java.time.Instant;

/**
 * One item with its history; with {@code asOf}, the item as it was at that instant (from its events up to then).
 */
public record FindFeedbackItemQuery(FeedbackId feedbackId, Instant asOf) {
}
