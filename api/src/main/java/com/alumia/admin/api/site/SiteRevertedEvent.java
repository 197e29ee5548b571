package com.alumia.admin.api.site;

import org.axonframework.serialization.Revision;

/**
 * An earlier version's content was put back: into the draft, or live as the new version {@code newVersion} (the
 * draft with it).
 *
 * @param newVersion the version number the revert published; null for a revert of the draft
 */
@Revision("1")
public record SiteRevertedEvent(PageId pageId, Slug slug, RevertTarget target, int fromVersion, Integer newVersion,
                                PageContent content) {
}
