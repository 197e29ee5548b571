package com.alumia.admin.api.feedback;

import com.alumia.admin.api.audit.AuditEntry;

import java.util.List;

/**
 * One item in full: what arrived, how it was classified and why, and every step taken on it, read from the log.
 */
public record FeedbackDetail(FeedbackSummary summary,
                             String text,
                             FeedbackContext context,
                             Classification classification,
                             List<AuditEntry> history) {

    public FeedbackDetail {
        history = List.copyOf(history);
    }
}
