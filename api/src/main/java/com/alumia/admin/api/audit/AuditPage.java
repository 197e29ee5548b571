package com.alumia.admin.api.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> items, String nextCursor) {

    public AuditPage {
        items = List.copyOf(items);
    }
}
