package com.alumia.admin.api.site;

public record FindPageRevalidationQuery(PageId pageId) {
}
