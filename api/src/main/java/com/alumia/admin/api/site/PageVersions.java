package com.alumia.admin.api.site;

import java.util.List;

/** Every version a page was published as, oldest first. */
public record PageVersions(PageId pageId, List<PageVersion> items) {
}
