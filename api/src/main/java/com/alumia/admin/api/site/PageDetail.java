package com.alumia.admin.api.site;

import java.time.Instant;

/**
 * One page: its draft, the content on the public site (null while none is), and how the front end's last
 * revalidation of it went (null before the first).
 *
 * @param publishedAt when the live version went live
 */
public record PageDetail(PageSummary summary, PageContent draft, PageContent live, Instant publishedAt,
                         PageRevalidation revalidation) {

    public PageDetail withRevalidation(PageRevalidation revalidation) {
        return new PageDetail(summary, draft, live, publishedAt, revalidation);
    }
}
