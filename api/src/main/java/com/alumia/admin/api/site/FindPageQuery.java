package com.alumia.admin.api.site;

import java.time.Instant;

/** One page; with {@code asOf}, as it was at that instant, from its events. */
public record FindPageQuery(PageId pageId, Instant asOf) {

    public FindPageQuery(PageId pageId) {
        this(pageId, null);
    }
}
