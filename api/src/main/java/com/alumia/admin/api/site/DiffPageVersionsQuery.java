package com.alumia.admin.api.site;

public record DiffPageVersionsQuery(PageId pageId, int from, int to) {
}
