package com.alumia.admin.api.site;

import java.time.Instant;

/**
 * One page: its draft, and the content on the public site (null while none is).
 *
 * @param publishedAt when the live version went live
 */
public record PageDetail(PageSummary summary, PageContent draft, PageContent live, Instant publishedAt) {
}
