package com.alumia.admin.api.site;

import java.util.List;

public record PageList(List<PageSummary> items, String nextCursor) {
}
