package com.alumia.admin.api.feedback;

/**
 * Groups of items that share a fingerprint, largest burst first. Null filters mean any.
 *
 * @param openOnly only groups that still have items not done or archived
 */
public record FindFeedbackGroupsQuery(ProbeClass probeClass, SignalCategory category, boolean openOnly,
                                      String cursor, int limit) {
}
