package com.alumia.admin.api.site;

public record FindPageQuery(PageId pageId) {
}
