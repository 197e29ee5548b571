package com.alumia.admin.query.site;

import com.alumia.admin.api.audit.AuditEntry;
import com.alumia.admin.api.site.PageContent;
import com.alumia.admin.api.site.PageDetail;
import com.alumia.admin.api.site.PageDiff;
import com.alumia.admin.api.site.PageId;
import com.alumia.admin.api.site.PageStatus;
import com.alumia.admin.api.site.PageSummary;
import com.alumia.admin.api.site.PageVersion;
import com.alumia.admin.api.site.RevertTarget;
import com.alumia.admin.api.site.SiteArchivedEvent;
import com.alumia.admin.api.site.SiteCreatedEvent;
import com.alumia.admin.api.site.SitePublishedEvent;
import com.alumia.admin.api.site.SiteRestoredEvent;
import com.alumia.admin.api.site.SiteRevertedEvent;
import com.alumia.admin.api.site.SiteUpdatedEvent;
import com.alumia.admin.api.site.Slug;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.common.BatchedWrites;
import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A page's history read from its events: the versions it was published as, two of them compared, and the page as
 * it stood at any instant. The log is the version history; nothing here is stored apart.
 */
@Component
class PageHistory {

    private final AggregateHistory history;

    PageHistory(AggregateHistory history) {
        this.history = history;
    }

    /** Every version, oldest first, with who published it and why; empty when the page does not exist. */
    Optional<List<PageVersion>> versions(PageId page, boolean withContent) {
        List<? extends DomainEventMessage<?>> events = history.events(page.value());
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry> entries = history.entries(events);
        List<PageVersion> versions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            Object payload = events.get(i).getPayload();
            AuditEntry entry = entries.get(i);
            if (payload instanceof SitePublishedEvent published) {
                versions.add(version(published.version(), entry, null, published.content(), withContent));
            } else if (payload instanceof SiteRevertedEvent reverted && reverted.target() == RevertTarget.PUBLISHED) {
                versions.add(version(reverted.newVersion(), entry, reverted.fromVersion(), reverted.content(),
                        withContent));
            }
        }
        return Optional.of(versions);
    }

    private static PageVersion version(int number, AuditEntry entry, Integer revertedFrom, PageContent content,
                                       boolean withContent) {
        return new PageVersion(number, entry.occurredAt(), entry.actor(),
                entry.stepUp() == null ? null : entry.stepUp().ageSeconds(), entry.reason(), revertedFrom,
                withContent ? content : null);
    }

    static PageDiff diff(PageVersion from, PageVersion to) {
        PageContent a = from.content();
        PageContent b = to.content();
        List<PageDiff.Field> fields = List.of(field("title", a.title(), b.title()),
                field("seoDescription", a.seoDescription(), b.seoDescription()),
                field("locale", a.locale(), b.locale()), field("body", a.body(), b.body()));
        return new PageDiff(from.version(), to.version(), fields, lines(a.body(), b.body()));
    }

    private static PageDiff.Field field(String name, String from, String to) {
        return new PageDiff.Field(name, from, to, !Objects.equals(from, to));
    }

    /** Every line of both bodies, in order, marked kept, removed or added (a Myers diff). */
    static List<PageDiff.Line> lines(String from, String to) {
        List<String> a = from.lines().toList();
        List<String> b = to.lines().toList();
        Patch<String> patch = DiffUtils.diff(a, b);
        List<PageDiff.Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int sourceAt = delta.getSource().getPosition();
            while (i < sourceAt) {
                lines.add(new PageDiff.Line(PageDiff.Op.EQUAL, i + 1, j + 1, a.get(i)));
                i++;
                j++;
            }
            for (String removed : delta.getSource().getLines()) {
                lines.add(new PageDiff.Line(PageDiff.Op.REMOVED, ++i, null, removed));
            }
            for (String added : delta.getTarget().getLines()) {
                lines.add(new PageDiff.Line(PageDiff.Op.ADDED, null, ++j, added));
            }
        }
        while (i < a.size()) {
            lines.add(new PageDiff.Line(PageDiff.Op.EQUAL, i + 1, j + 1, a.get(i)));
            i++;
            j++;
        }
        return lines;
    }

    /** The page as its events up to {@code at} leave it; empty when it did not exist yet. */
    Optional<PageDetail> asOf(PageId page, Instant at) {
        List<? extends DomainEventMessage<?>> events = history.events(page.value(), at);
        if (events.isEmpty()) {
            return Optional.empty();
        }
        List<AuditEntry> entries = history.entries(events);
        Slug slug = null;
        PageStatus status = PageStatus.DRAFT;
        PageContent draft = null;
        PageContent live = null;
        Integer liveVersion = null;
        int versions = 0;
        Instant publishedAt = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof SiteCreatedEvent created) {
                slug = created.slug();
                draft = created.content();
            } else if (payload instanceof SiteUpdatedEvent updated) {
                draft = updated.content();
            } else if (payload instanceof SitePublishedEvent published) {
                status = PageStatus.PUBLISHED;
                draft = live = published.content();
                liveVersion = versions = published.version();
                publishedAt = BatchedWrites.stored(event.getTimestamp());
            } else if (payload instanceof SiteRevertedEvent reverted) {
                draft = reverted.content();
                if (reverted.target() == RevertTarget.PUBLISHED) {
                    status = PageStatus.PUBLISHED;
                    live = reverted.content();
                    liveVersion = versions = reverted.newVersion();
                    publishedAt = BatchedWrites.stored(event.getTimestamp());
                }
            } else if (payload instanceof SiteArchivedEvent) {
                status = PageStatus.ARCHIVED;
            } else if (payload instanceof SiteRestoredEvent) {
                status = PageStatus.DRAFT;
            }
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        AuditEntry lastEntry = entries.get(entries.size() - 1);
        boolean onSite = status == PageStatus.PUBLISHED;
        PageSummary summary = new PageSummary(page, slug, status, draft.title(), draft.locale(),
                onSite ? liveVersion : null, versions, !Objects.equals(draft, live),
                BatchedWrites.stored(last.getTimestamp()),
                lastEntry.actor() == null ? null : lastEntry.actor().subject(), last.getSequenceNumber());
        return Optional.of(new PageDetail(summary, draft, onSite ? live : null, publishedAt, null));
    }
}
