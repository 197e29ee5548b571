package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/** The page left the public site; its slug is free. */
@Revision("1")
public record SiteArchivedEvent(PageId pageId, Slug slug) {
}
