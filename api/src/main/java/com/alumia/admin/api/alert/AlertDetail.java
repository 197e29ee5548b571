package com.alumia.admin.api.alert;

import com.alumia.admin.api.audit.AuditEntry;

import java.util.List;

public record AlertDetail(AlertSummary summary, List<AuditEntry> history) {

    public AlertDetail {
        history = List.copyOf(history);
    }
}
