package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/** A page was created as a draft. */
@Revision("1")
public record SiteCreatedEvent(PageId pageId, Slug slug, PageContent content) {
}
