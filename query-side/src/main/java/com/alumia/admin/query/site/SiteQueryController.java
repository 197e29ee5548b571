package com.alumia.admin.query.site;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.site.DiffPageVersionsQuery;
import com.alumia.admin.api.site.FindPageQuery;
import com.alumia.admin.api.site.FindPageRevalidationQuery;
import com.alumia.admin.api.site.PageRevalidation;
import com.alumia.admin.api.site.FindPageVersionsQuery;
import com.alumia.admin.api.site.PageDiff;
import com.alumia.admin.api.site.PageVersion;
import com.alumia.admin.api.site.PageVersions;
import com.alumia.admin.api.site.FindPagesQuery;
import com.alumia.admin.api.site.PageDetail;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PageList;
import com.alumia.admin.api.site.PageStatus;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The site's pages for operators (/admin/site/pages). */
@RestController
class SiteQueryController {

    private final Queries queries;

    SiteQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/site/pages")
    PageList pages(@RequestParam(required = false) PageStatus status, @RequestParam(required = false) String locale,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String cursor,
                   @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new FindPagesQuery(status, locale, q, cursor, limit), PageList.class);
    }

    /**
     * One page with its draft, its live content and its last revalidation; with {@code asOf}, as it stood at that instant (from its
     * events; no {@code ETag}, the past is not changed).
     */
    @GetMapping("/api/v1/admin/site/pages/{pageId}")
    ResponseEntity<PageDetail> page(@PathVariable String pageId, @RequestParam(required = false) Instant asOf) {
        PageId id = new PageId(pageId);
        PageDetail detail = queries.askOptional(new FindPageQuery(id, asOf), PageDetail.class)
                                   .orElseThrow(() -> new NotFoundException("page", pageId));
        if (asOf != null) {
            return ResponseEntity.ok(detail);
        }
        detail = detail.withRevalidation(queries.askOptional(new FindPageRevalidationQuery(id),
                PageRevalidation.class).orElse(null));
        return ResponseEntity.ok().eTag(EntityTags.of(detail.summary().version())).body(detail);
    }

    /** Every version the page was published as: number, who, when, step-up age, reason. */
    @GetMapping("/api/v1/admin/site/pages/{pageId}/versions")
    PageVersions versions(@PathVariable String pageId) {
        return queries.askOptional(new FindPageVersionsQuery(new PageId(pageId), null), PageVersions.class)
                      .orElseThrow(() -> new NotFoundException("page", pageId));
    }

    @GetMapping("/api/v1/admin/site/pages/{pageId}/versions/{version}")
    PageVersion version(@PathVariable String pageId, @PathVariable int version) {
        return queries.askOptional(new FindPageVersionsQuery(new PageId(pageId), version), PageVersions.class)
                      .flatMap(v -> v.items().stream().findFirst())
                      .orElseThrow(() -> new NotFoundException("page version", pageId + "/" + version));
    }

    /** Two versions compared field by field, the body line by line. */
    @GetMapping("/api/v1/admin/site/pages/{pageId}/versions/{from}/diff/{to}")
    PageDiff diff(@PathVariable String pageId, @PathVariable int from, @PathVariable int to) {
        return queries.ask(new DiffPageVersionsQuery(new PageId(pageId), from, to), PageDiff.class);
    }
}
