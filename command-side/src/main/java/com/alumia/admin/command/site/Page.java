package com.alumia.admin.command.site;

import com.alumia.admin.api.site.ArchivePageCommand;
import com.alumia.admin.api.site.CreatePageCommand;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PageStatus;
import com.alumia.admin.api.site.PublishPageCommand;
import com.alumia.admin.api.site.RestorePageCommand;
import com.alumia.admin.api.site.RevertPageCommand;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SitePublishedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.SiteRevertedEvent;
import com.alumia.admin.api.site.SiteUpdatedEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.api.site.UpdatePageCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A page of the public marketing site: a draft that operators edit, and the versions it was published as
 * (numbered from 1), which its events keep for good. Its slug is unique among live (not archived) pages; the
 * claim is held apart ({@link SlugClaims}), in the same transaction as the page's events.
 */
@Aggregate
class Page {

    @AggregateIdentifier
    private PageId pageId;
    private Slug slug;
    private PageStatus status;
    private PageContent draft;
    private final List<PageContent> versions = new ArrayList<>();
    private int live;

    Page() {
    }

    @CommandHandler
    Page(CreatePageCommand command) {
        apply(new SiteCreatedEvent(command.pageId(), command.slug(), PageRules.validated(command.content())));
    }

    @CommandHandler
    long handle(UpdatePageCommand command) {
        requireNotArchived("edit");
        PageContent content = PageRules.validated(command.content());
        if (!content.equals(draft)) {
            apply(new SiteUpdatedEvent(pageId, content));
        }
        return getVersion();
    }

    @CommandHandler
    long handle(PublishPageCommand command) {
        requireNotArchived("publish");
        if (live > 0 && draft.equals(versions.get(live - 1)) && status == PageStatus.PUBLISHED) {
            throw DomainException.conflict("site.nothing_to_publish", "The draft is version " + live
                    + ", which is live already", Map.of("liveVersion", live));
        }
        apply(new SitePublishedEvent(pageId, slug, versions.size() + 1, draft));
        return getVersion();
    }

    @CommandHandler
    long handle(ArchivePageCommand command) {
        if (status == PageStatus.ARCHIVED) {
            throw DomainException.conflict("site.already_archived", "The page is archived already", Map.of());
        }
        apply(new SiteArchivedEvent(pageId, slug));
        return getVersion();
    }

    @CommandHandler
    long handle(RestorePageCommand command) {
        if (status != PageStatus.ARCHIVED) {
            throw DomainException.conflict("site.not_archived", "Only an archived page can be restored",
                    Map.of("status", status.name().toLowerCase()));
        }
        apply(new SiteRestoredEvent(pageId, slug));
        return getVersion();
    }

    @CommandHandler
    long handle(RevertPageCommand command) {
        requireNotArchived("revert");
        int to = command.toVersion();
        if (to < 1 || to > versions.size()) {
            throw DomainException.notFound("site.unknown_version", "The page has versions 1 to " + versions.size()
                    + "; there is no version " + to);
        }
        PageContent content = versions.get(to - 1);
        RevertTarget target = command.target() == null ? RevertTarget.DRAFT : command.target();
        boolean current = target == RevertTarget.DRAFT ? content.equals(draft)
                : status == PageStatus.PUBLISHED && content.equals(versions.get(live - 1));
        if (current) {
            throw DomainException.conflict("site.revert_to_current", "The " + target.name().toLowerCase()
                    + " already is version " + to + "'s content", Map.of("version", to));
        }
        apply(new SiteRevertedEvent(pageId, slug, target, to,
                target == RevertTarget.PUBLISHED ? versions.size() + 1 : null, content));
        return getVersion();
    }

    private void requireNotArchived(String action) {
        if (status == PageStatus.ARCHIVED) {
            throw DomainException.conflict("site.archived", "The page is archived; restore it to " + action + " it",
                    Map.of());
        }
    }

    @EventSourcingHandler
    void on(SiteCreatedEvent event) {
        pageId = event.pageId();
        slug = event.slug();
        draft = event.content();
        status = PageStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(SiteUpdatedEvent event) {
        draft = event.content();
    }

    @EventSourcingHandler
    void on(SitePublishedEvent event) {
        versions.add(event.content());
        live = event.version();
        status = PageStatus.PUBLISHED;
    }

    @EventSourcingHandler
    void on(SiteArchivedEvent event) {
        status = PageStatus.ARCHIVED;
    }

    @EventSourcingHandler
    void on(SiteRestoredEvent event) {
        status = PageStatus.DRAFT;
    }

    @EventSourcingHandler
    void on(SiteRevertedEvent event) {
        draft = event.content();
        if (event.target() == RevertTarget.PUBLISHED) {
            versions.add(event.content());
            live = event.newVersion();
            status = PageStatus.PUBLISHED;
        }
    }
}
