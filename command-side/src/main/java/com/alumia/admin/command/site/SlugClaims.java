package com.alumia.admin.command.site;

import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Map;

/**
 * One live page per slug: a page takes its slug when it is created or restored and gives it up when archived,
 * in the transaction of that command, so a page that would share a slug is refused and never stored.
 */
@Component
@InCommandTransaction
@ProcessingGroup(SlugClaims.GROUP)
class SlugClaims {

    static final String GROUP = "site-slugs";

    private final JdbcTemplate jdbc;

    SlugClaims(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(SiteCreatedEvent event) {
        claim(event.slug(), event.pageId());
    }

    @EventHandler
    void on(SiteRestoredEvent event) {
        claim(event.slug(), event.pageId());
    }

    @EventHandler
    void on(SiteArchivedEvent event) {
        jdbc.update("DELETE FROM site_slug WHERE slug = ? AND page_id = ?", event.slug().value(),
                event.pageId().value());
    }

    /** The key decides between two pages claiming at once; the look first only names the page that holds it. */
    private void claim(Slug slug, PageId page) {
        jdbc.queryForList("SELECT page_id FROM site_slug WHERE slug = ?", String.class, slug.value()).stream()
            .findFirst().ifPresent(holder -> {
                throw taken(slug, holder);
            });
        try {
            jdbc.update("INSERT INTO site_slug (slug, page_id) VALUES (?, ?)", slug.value(), page.value());
        } catch (DuplicateKeyException e) {
            throw taken(slug, "another page");
        }
    }

    private static DomainException taken(Slug slug, String holder) {
        return DomainException.conflict("site.slug_taken", "Another live page has the slug " + slug,
                Map.of("slug", slug.value(), "heldBy", holder));
    }
}
