package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/** An archived page came back as a draft under its slug. */
@Revision("1")
public record SiteRestoredEvent(PageId pageId, Slug slug) {
}
