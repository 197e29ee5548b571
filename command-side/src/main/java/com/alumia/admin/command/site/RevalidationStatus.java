package com.alumia.admin.command.site;

import com.alumia.admin.api.site.FindPageRevalidationQuery;
import com.alumia.admin.api.site.PageRevalidation;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Optional;

/** The revalidation process's own record of each page, for the page's screen. */
@Component
class RevalidationStatus {

    private final JdbcTemplate jdbc;

    RevalidationStatus(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @QueryHandler
    Optional<PageRevalidation> handle(FindPageRevalidationQuery query) {
        return jdbc.query("SELECT event_id, action, paths, status, attempts, http_status, last_error, updated_at "
                          + "FROM site_revalidation WHERE page_id = ?",
                (rs, n) -> new PageRevalidation(rs.getString(1), rs.getString(2),
                        Arrays.asList(rs.getString(3).split(" ")), rs.getString(4), rs.getInt(5),
                        rs.getObject(6, Integer.class), rs.getString(7),
                        rs.getObject(8, OffsetDateTime.class).toInstant()),
                query.pageId().value()).stream().findFirst();
    }
}
