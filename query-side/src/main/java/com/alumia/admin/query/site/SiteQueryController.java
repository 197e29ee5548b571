package com.alumia.admin.query.site;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.site.FindPageQuery;
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

    @GetMapping("/api/v1/admin/site/pages/{pageId}")
    ResponseEntity<PageDetail> page(@PathVariable String pageId) {
        PageDetail detail = queries.askOptional(new FindPageQuery(new PageId(pageId)), PageDetail.class)
                                   .orElseThrow(() -> new NotFoundException("page", pageId));
        return ResponseEntity.ok().eTag(EntityTags.of(detail.summary().version())).body(detail);
    }
}
