package com.alumia.admin.query.site;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.runtime.FindControlQuery;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.ResolvedControl;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.query.audit.chain.HashChain;
import com.alumia.admin.query.common.NotFoundException;
import com.alumia.admin.query.common.Queries;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The public marketing site: published pages only, and only while the flag {@code site.cms_enabled} is on (a flag
 * that is not defined counts as off). A draft, an archived page or a page while the flag is off is a 404, the
 * same as a page that never existed.
 */
@RestController
class PublicSiteController {

    static final FlagKey CMS_ENABLED = new FlagKey("site.cms_enabled");
    private static final String PREFIX = "/site/";
    private static final String LIVE = "SELECT slug, live_title, live_body, live_seo, live_locale, published_at "
                                       + "FROM site_page WHERE status = 'PUBLISHED'";

    private final Queries queries;
    private final JdbcTemplate jdbc;
    private final String baseUrl;

    PublicSiteController(Queries queries, DataSource dataSource,
                         @Value("${alumia.site.public-base-url:}") String baseUrl) {
        this.queries = queries;
        this.jdbc = new JdbcTemplate(dataSource);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A published page as HTML, with an {@code ETag} and {@code Last-Modified} for conditional GETs. */
    @GetMapping("/site/**")
    ResponseEntity<String> page(HttpServletRequest request, WebRequest webRequest) {
        String path = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        Slug slug = slug(path);
        requireEnabled(path);
        Map<String, Object> row = jdbc.queryForList(LIVE + " AND slug = ?", slug.value()).stream().findFirst()
                                      .orElseThrow(() -> new NotFoundException("page", path));
        String html = PageRenderer.document((String) row.get("live_title"), (String) row.get("live_seo"),
                (String) row.get("live_locale"), (String) row.get("live_body"));
        String etag = "\"" + HashChain.hex(HashChain.sha256(html.getBytes(StandardCharsets.UTF_8))).substring(0, 32)
                      + "\"";
        long lastModified = publishedAt(row).truncatedTo(ChronoUnit.SECONDS).toInstant().toEpochMilli();
        if (webRequest.checkNotModified(etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).lastModified(lastModified).cacheControl(CacheControl.noCache())
                             .header("Content-Security-Policy", "default-src 'none'; img-src https: data:; "
                                                                + "style-src 'unsafe-inline'; base-uri 'none'")
                             .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    /** Every published page with the date it went live. */
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> sitemap() {
        requireEnabled("/sitemap.xml");
        String base = baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString() : baseUrl;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                              + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        List<Map<String, Object>> rows = jdbc.queryForList(LIVE + " ORDER BY slug");
        for (Map<String, Object> row : rows) {
            xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(base + PREFIX + row.get("slug")))
               .append("</loc><lastmod>")
               .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(publishedAt(row).truncatedTo(ChronoUnit.SECONDS)))
               .append("</lastmod></url>\n");
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                             .contentType(new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8))
                             .body(xml.append("</urlset>\n").toString());
    }

    private static Slug slug(String path) {
        try {
            return new Slug(path);
        } catch (InvalidValueException e) {
            throw new NotFoundException("page", path);
        }
    }

    private void requireEnabled(String path) {
        boolean on = queries.askOptional(new FindControlQuery(CMS_ENABLED, null), ResolvedControl.class)
                            .map(control -> Boolean.TRUE.equals(control.value())).orElse(false);
        if (!on) {
            throw new NotFoundException("page", path);
        }
    }

    private static OffsetDateTime publishedAt(Map<String, Object> row) {
        Object at = row.get("published_at");
        if (at instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (at instanceof java.sql.Timestamp stamp) {
            return stamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        return OffsetDateTime.parse(String.valueOf(at));
    }
}
