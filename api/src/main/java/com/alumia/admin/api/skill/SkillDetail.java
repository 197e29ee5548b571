package com.alumia.admin.api.skill;

import com.alumia.admin.api.audit.AuditEntry;

import java.util.List;

/** One skill with its history from the log, oldest first: who published, deleted or restored it, and why. */
public record SkillDetail(SkillSummary summary, List<AuditEntry> history) {

    public SkillDetail {
        history = List.copyOf(history);
    }
}
