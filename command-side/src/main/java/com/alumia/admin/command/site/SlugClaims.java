package com.alumia.admin.command.site;

import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.command.common.Claims;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
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

    private final Claims slugs;

    SlugClaims(DataSource dataSource) {
        this.slugs = new Claims(dataSource, "site_slug", "slug", "page_id");
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
        slugs.release(event.slug().value(), event.pageId().value());
    }

    private void claim(Slug slug, PageId page) {
        slugs.claim(slug.value(), page.value(), holder -> DomainException.conflict("site.slug_taken",
                "Another live page has the slug " + slug,
                Map.of("slug", slug.value(), "heldBy", holder == null ? "another page" : holder)));
    }
}
