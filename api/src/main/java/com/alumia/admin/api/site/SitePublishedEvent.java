package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/**
 * The page's draft became version {@code version} (numbered from 1) and went live.
 */
@Revision("1")
public record SitePublishedEvent(PageId pageId, Slug slug, int version, PageContent content) {
}
