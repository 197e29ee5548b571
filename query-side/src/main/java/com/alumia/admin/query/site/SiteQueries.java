package com.alumia.admin.query.site;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.site.DiffPageVersionsQuery;
import com.alumia.admin.api.site.FindPageQuery;
import com.alumia.admin.api.site.FindPageVersionsQuery;
import com.alumia.admin.api.site.PageDiff;
import com.alumia.admin.api.site.PageVersion;
import com.alumia.admin.api.site.PageVersions;
import com.alumia.admin.api.site.FindPagesQuery;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageDetail;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PageList;
import com.alumia.admin.api.site.PageStatus;
import com.alumia.admin.api.site.PageSummary;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.query.common.Cursor;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.NotFoundException;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import static com.alumia.admin.query.common.BatchedWrites.instant;

@Component
class SiteQueries {

    private static final String ORDER = "recent";

    private final JdbcTemplate jdbc;
    private final PageHistory history;

    SiteQueries(DataSource dataSource, PageHistory history) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.history = history;
    }

    @QueryHandler
    Optional<PageVersions> handle(FindPageVersionsQuery query) {
        return history.versions(query.pageId(), query.version() != null).map(all -> new PageVersions(query.pageId(),
                query.version() == null ? all
                        : all.stream().filter(v -> v.version() == query.version()).toList()));
    }

    @QueryHandler
    PageDiff handle(DiffPageVersionsQuery query) {
        List<PageVersion> all = history.versions(query.pageId(), true)
                                       .orElseThrow(() -> new NotFoundException("page", query.pageId().value()));
        return PageHistory.diff(version(all, query.from()), version(all, query.to()));
    }

    private static PageVersion version(List<PageVersion> all, int number) {
        return all.stream().filter(v -> v.version() == number).findFirst()
                  .orElseThrow(() -> new NotFoundException("page version", String.valueOf(number)));
    }

    @QueryHandler
    PageList handle(FindPagesQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (query.status() != null) {
            where.append(" AND status = ?");
            args.add(query.status().name());
        }
        if (query.locale() != null && !query.locale().isBlank()) {
            where.append(" AND draft_locale = ?");
            args.add(query.locale());
        }
        if (query.text() != null && !query.text().isBlank()) {
            where.append(" AND (LOWER(draft_title) LIKE ? ESCAPE '\\' OR slug LIKE ? ESCAPE '\\')");
            String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                                        .replace("_", "\\_") + "%";
            args.add(pattern);
            args.add(pattern);
        }
        if (query.cursor() != null && !query.cursor().isBlank()) {
            List<Object> keys = Cursor.decode(query.cursor(), ORDER).keys();
            if (keys.size() != 2 || !(keys.get(0) instanceof Instant) || !(keys.get(1) instanceof String)) {
                throw new InvalidValueException("cursor does not fit this list");
            }
            OffsetDateTime at = OffsetDateTime.ofInstant((Instant) keys.get(0), ZoneOffset.UTC);
            where.append(" AND (updated_at < ? OR (updated_at = ? AND page_id < ?))");
            args.add(at);
            args.add(at);
            args.add(keys.get(1));
        }
        int limit = Limits.clamp(query.limit());
        args.add(limit + 1);
        List<PageSummary> rows = jdbc.query("SELECT * FROM site_page" + where
                                            + " ORDER BY updated_at DESC, page_id DESC LIMIT ?",
                (rs, n) -> summary(rs), args.toArray());
        if (rows.size() <= limit) {
            return new PageList(rows, null);
        }
        List<PageSummary> page = List.copyOf(rows.subList(0, limit));
        PageSummary last = page.get(limit - 1);
        return new PageList(page, new Cursor(ORDER, List.of(last.updatedAt(), last.pageId().value())).encode());
    }

    @QueryHandler
    Optional<PageDetail> handle(FindPageQuery query) {
        if (query.asOf() != null) {
            return history.asOf(query.pageId(), query.asOf());
        }
        return jdbc.query("SELECT * FROM site_page WHERE page_id = ?", (rs, n) -> new PageDetail(summary(rs),
                new PageContent(rs.getString("draft_title"), rs.getString("draft_body"), rs.getString("draft_seo"),
                        rs.getString("draft_locale")),
                rs.getObject("live_version") == null || PageStatus.ARCHIVED.name().equals(rs.getString("status"))
                        ? null
                        : new PageContent(rs.getString("live_title"), rs.getString("live_body"),
                                rs.getString("live_seo"), rs.getString("live_locale")),
                instant(rs, "published_at"), null), query.pageId().value()).stream().findFirst();
    }

    private static PageSummary summary(ResultSet rs) throws SQLException {
        PageStatus status = PageStatus.valueOf(rs.getString("status"));
        Integer live = rs.getObject("live_version", Integer.class);
        return new PageSummary(new PageId(rs.getString("page_id")), new Slug(rs.getString("slug")), status,
                rs.getString("draft_title"), rs.getString("draft_locale"),
                status == PageStatus.PUBLISHED ? live : null, rs.getInt("versions"), rs.getBoolean("unpublished"),
                instant(rs, "updated_at"), rs.getString("updated_by"), rs.getLong("version"));
    }

}
