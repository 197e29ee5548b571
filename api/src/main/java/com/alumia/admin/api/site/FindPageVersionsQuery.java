package com.alumia.admin.api.site;

/** The page's versions; with {@code version}, that one version with its content. */
public record FindPageVersionsQuery(PageId pageId, Integer version) {
}
