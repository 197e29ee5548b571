package com.alumia.admin.query.site;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageStatus;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SitePublishedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.SiteRevertedEvent;
import com.alumia.admin.api.site.SiteUpdatedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** The pages of the marketing site with their drafts and live versions. */
@Component
@ProcessingGroup(SitePagesProjection.GROUP)
class SitePagesProjection {

    static final String GROUP = "site-pages";

    private static final String TOUCHED = "version = ?, updated_at = ?, updated_by = ? WHERE page_id = ?";
    private static final String SET_DRAFT = "UPDATE site_page SET draft_title = ?, draft_body = ?, draft_seo = ?, "
                                            + "draft_locale = ?, unpublished = ?, " + TOUCHED;
    private static final String SET_LIVE = "UPDATE site_page SET status = 'PUBLISHED', live_version = ?, "
                                           + "live_title = ?, live_body = ?, live_seo = ?, live_locale = ?, "
                                           + "published_at = ?, versions = ?, draft_title = ?, draft_body = ?, "
                                           + "draft_seo = ?, draft_locale = ?, unpublished = FALSE, " + TOUCHED;

    private final BatchedWrites writes;

    SitePagesProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(SiteCreatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        PageContent c = event.content();
        writes.current().add("""
                INSERT INTO site_page (page_id, slug, status, draft_title, draft_body, draft_seo, draft_locale,
                                       versions, unpublished, version, created_at, updated_at, updated_by)
                VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, 0, TRUE, ?, ?, ?, ?)""",
                event.pageId().value(), event.slug().value(), c.title(), c.body(), c.seoDescription(), c.locale(),
                sequence, time(at), time(at), actor);
    }

    @EventHandler
    void on(SiteUpdatedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        PageContent c = event.content();
        writes.current().add(SET_DRAFT, c.title(), c.body(), c.seoDescription(), c.locale(), true, sequence,
                time(at), actor, event.pageId().value());
    }

    @EventHandler
    void on(SitePublishedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        live(event.pageId().value(), event.version(), event.content(), sequence, at, actor);
    }

    @EventHandler
    void on(SiteRevertedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        PageContent c = event.content();
        if (event.target() == RevertTarget.PUBLISHED) {
            live(event.pageId().value(), event.newVersion(), c, sequence, at, actor);
        } else {
            writes.current().add(SET_DRAFT, c.title(), c.body(), c.seoDescription(), c.locale(), true, sequence,
                    time(at), actor, event.pageId().value());
        }
    }

    private void live(String pageId, int version, PageContent c, long sequence, Instant at, String actor) {
        writes.current().add(SET_LIVE, version, c.title(), c.body(), c.seoDescription(), c.locale(), time(at),
                version, c.title(), c.body(), c.seoDescription(), c.locale(), sequence, time(at), actor, pageId);
    }

    @EventHandler
    void on(SiteArchivedEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        status(event.pageId().value(), PageStatus.ARCHIVED, sequence, at, actor);
    }

    @EventHandler
    void on(SiteRestoredEvent event, @SequenceNumber long sequence, @Timestamp Instant at,
            @MetaDataValue(AuditMetadata.ACTOR) String actor) {
        status(event.pageId().value(), PageStatus.DRAFT, sequence, at, actor);
    }

    private void status(String pageId, PageStatus status, long sequence, Instant at, String actor) {
        writes.current().add("UPDATE site_page SET status = ?, " + TOUCHED, status.name(), sequence, time(at), actor,
                pageId);
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM site_page");
    }
}
