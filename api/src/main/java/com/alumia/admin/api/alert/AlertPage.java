package com.alumia.admin.api.alert;

import java.util.List;

public record AlertPage(List<AlertSummary> items, String nextCursor) {

    public AlertPage {
        items = List.copyOf(items);
    }
}
