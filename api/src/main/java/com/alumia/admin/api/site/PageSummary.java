package com.alumia.admin.api.site;

import java.time.Instant;

/**
 * One page of the site as operators list it.
 *
 * @param title              the draft's title
 * @param liveVersion        the version on the public site; null when none is (never published, or archived)
 * @param versions           how many versions were published
 * @param unpublishedChanges whether the draft differs from what was last published
 * @param version            what {@code If-Match} must carry to change the page
 */
public record PageSummary(PageId pageId, Slug slug, PageStatus status, String title, String locale,
                          Integer liveVersion, int versions, boolean unpublishedChanges, Instant updatedAt,
                          String updatedBy, long version) {
}
