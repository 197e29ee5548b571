package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/** The page's draft was replaced. */
@Revision("1")
public record SiteUpdatedEvent(PageId pageId, PageContent content) {
}
