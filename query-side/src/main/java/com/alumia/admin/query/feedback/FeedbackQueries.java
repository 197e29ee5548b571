package com.alumia.admin.query.feedback;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.feedback.Classification;
import com.alumia.admin.api.feedback.FeedbackAssignedEvent;
import com.alumia.admin.api.feedback.FeedbackDetail;
import com.alumia.admin.api.feedback.FeedbackGroup;
import com.alumia.admin.api.feedback.FeedbackGroupMembers;
import com.alumia.admin.api.feedback.FeedbackGroupPage;
import com.alumia.admin.api.feedback.FeedbackId;
import com.alumia.admin.api.feedback.FeedbackQueuePage;
import com.alumia.admin.api.feedback.FeedbackReceivedEvent;
import com.alumia.admin.api.feedback.FeedbackSort;
import com.alumia.admin.api.feedback.FeedbackStatus;
import com.alumia.admin.api.feedback.FeedbackSummary;
import com.alumia.admin.api.feedback.FindFeedbackGroupMembersQuery;
import com.alumia.admin.api.feedback.FindFeedbackGroupsQuery;
import com.alumia.admin.api.feedback.FindFeedbackItemQuery;
import com.alumia.admin.api.feedback.FindFeedbackQueueQuery;
import com.alumia.admin.api.feedback.FindSecurityOverviewQuery;
import com.alumia.admin.api.feedback.SecurityOverview;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.Keyset;

import static com.alumia.admin.query.common.Filters.contains;
import static com.alumia.admin.query.common.Filters.equal;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.domain.Sort.Direction.ASC;
import static org.springframework.data.domain.Sort.Direction.DESC;

@Component
class FeedbackQueries {

    private static final int EXCERPT_LENGTH = 200;

    private static final Keyset<FeedbackItem> BY_SEVERITY = new Keyset<>("severity", List.of(
            new Keyset.Key<>("severityRank", DESC, FeedbackItem::getSeverityRank),
            new Keyset.Key<>("updatedAt", DESC, FeedbackItem::getUpdatedAt),
            new Keyset.Key<>("feedbackId", DESC, FeedbackItem::getFeedbackId)));
    private static final Keyset<FeedbackItem> BY_RECENCY = new Keyset<>("recent", List.of(
            new Keyset.Key<>("updatedAt", DESC, FeedbackItem::getUpdatedAt),
            new Keyset.Key<>("feedbackId", DESC, FeedbackItem::getFeedbackId)));
    private static final Keyset<FeedbackItem> BY_ARRIVAL = new Keyset<>("oldest", List.of(
            new Keyset.Key<>("receivedAt", ASC, FeedbackItem::getReceivedAt),
            new Keyset.Key<>("feedbackId", ASC, FeedbackItem::getFeedbackId)));
    private static final Keyset<FeedbackItemVersion> THEN_BY_SEVERITY = new Keyset<>("severity", List.of(
            new Keyset.Key<>("item.severityRank", DESC, v -> v.item().getSeverityRank()),
            new Keyset.Key<>("updatedAt", DESC, v -> v.updatedAt),
            new Keyset.Key<>("feedbackId", DESC, v -> v.feedbackId)));
    private static final Keyset<FeedbackItemVersion> THEN_BY_RECENCY = new Keyset<>("recent", List.of(
            new Keyset.Key<>("updatedAt", DESC, v -> v.updatedAt),
            new Keyset.Key<>("feedbackId", DESC, v -> v.feedbackId)));
    private static final Keyset<FeedbackItemVersion> THEN_BY_ARRIVAL = new Keyset<>("oldest", List.of(
            new Keyset.Key<>("item.receivedAt", ASC, v -> v.item().getReceivedAt()),
            new Keyset.Key<>("feedbackId", ASC, v -> v.feedbackId)));
    private static final Keyset<FeedbackGroupRow> BY_GROUP_SIZE = new Keyset<>("size", List.of(
            new Keyset.Key<>("size", DESC, FeedbackGroupRow::getSize),
            new Keyset.Key<>("lastSeen", DESC, FeedbackGroupRow::getLastSeen),
            new Keyset.Key<>("fingerprint", DESC, FeedbackGroupRow::getFingerprint)));

    private final FeedbackItemRepository items;
    private final FeedbackItemVersionRepository versions;
    private final FeedbackGroupRepository groups;
    private final AggregateHistory history;

    FeedbackQueries(FeedbackItemRepository items, FeedbackItemVersionRepository versions,
                    FeedbackGroupRepository groups, AggregateHistory history) {
        this.items = items;
        this.versions = versions;
        this.groups = groups;
        this.history = history;
    }

    @QueryHandler
    @Transactional(readOnly = true)
    FeedbackQueuePage handle(FindFeedbackQueueQuery query) {
        FeedbackSort sort = query.sort() == null ? FeedbackSort.SEVERITY : query.sort();
        if (query.asOf() != null) {
            Keyset<FeedbackItemVersion> order = switch (sort) {
                case SEVERITY -> THEN_BY_SEVERITY;
                case RECENT -> THEN_BY_RECENCY;
                case OLDEST -> THEN_BY_ARRIVAL;
            };
            Keyset.Window<FeedbackItemVersion> window = order.page(versions,
                    Specification.allOf(filter(query, "item."), currentAt(query.asOf())), query.cursor(),
                    query.limit());
            return new FeedbackQueuePage(window.rows().stream().map(FeedbackQueries::summary).toList(),
                                         window.nextCursor());
        }
        Keyset<FeedbackItem> order = switch (sort) {
            case SEVERITY -> BY_SEVERITY;
            case RECENT -> BY_RECENCY;
            case OLDEST -> BY_ARRIVAL;
        };
        Keyset.Window<FeedbackItem> window = order.page(items, filter(query, ""), query.cursor(), query.limit());
        return new FeedbackQueuePage(window.rows().stream().map(FeedbackQueries::summary).toList(),
                                     window.nextCursor());
    }

    /**
     * The queue's filters, on the live items or on versions: {@code fixed} leads from the row to what never changes
     * after an item arrives (empty for a live item, {@code item.} for a version).
     */
    private static <E> Specification<E> filter(FindFeedbackQueueQuery query, String fixed) {
        return Specification.allOf(
                equal("status", query.status()),
                equal(fixed + "probeClass", query.probeClass()),
                equal(fixed + "category", query.category()),
                equal(fixed + "severity", query.severity()),
                equal(fixed + "orgId", query.orgId() == null ? null : query.orgId().value()),
                equal(fixed + "fingerprint", query.fingerprint()),
                equal("assignee", query.assignee()),
                contains(fixed + "text", query.text()));
    }

    /** The version each item was in at {@code at}: the last one that started by then. */
    private static Specification<FeedbackItemVersion> currentAt(Instant at) {
        return (root, query, cb) -> {
            Subquery<Long> later = query.subquery(Long.class);
            Root<FeedbackItemVersion> next = later.from(FeedbackItemVersion.class);
            later.select(next.get("version")).where(
                    cb.equal(next.get("feedbackId"), root.get("feedbackId")),
                    cb.greaterThan(next.get("version"), root.get("version")),
                    cb.lessThanOrEqualTo(next.get("updatedAt"), at));
            return cb.and(cb.lessThanOrEqualTo(root.get("updatedAt"), at), cb.not(cb.exists(later)));
        };
    }

    @QueryHandler
    @Transactional(readOnly = true)
    Optional<FeedbackDetail> handle(FindFeedbackItemQuery query) {
        String id = query.feedbackId().value();
        if (query.asOf() != null) {
            List<? extends DomainEventMessage<?>> events = history.events(id, query.asOf());
            return events.isEmpty() ? Optional.empty() : Optional.of(detail(folded(events), events));
        }
        return items.findById(id).map(item -> detail(summary(item), history.events(item.feedbackId)));
    }

    private FeedbackDetail detail(FeedbackSummary summary, List<? extends DomainEventMessage<?>> events) {
        FeedbackReceivedEvent received = (FeedbackReceivedEvent) events.get(0).getPayload();
        return new FeedbackDetail(summary, received.text(), received.context(), received.classification(),
                                  history.entries(events));
    }

    /** The item as its events leave it, as the queue projection would have written it after the last of them. */
    private static FeedbackSummary folded(List<? extends DomainEventMessage<?>> events) {
        DomainEventMessage<?> first = events.get(0);
        FeedbackReceivedEvent received = (FeedbackReceivedEvent) first.getPayload();
        FeedbackStatus status = FeedbackStatus.OPEN;
        String assignee = null;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            status = FeedbackMove.of(payload).map(m -> m.status).orElse(status);
            if (payload instanceof FeedbackAssignedEvent assigned) {
                assignee = assigned.assignee();
            }
        }
        DomainEventMessage<?> last = events.get(events.size() - 1);
        Classification c = received.classification();
        return new FeedbackSummary(received.feedbackId(), received.orgId(), received.userId(),
                excerpt(received.text()), status, c.probeClass(), c.category(), c.severity(), c.fingerprint(),
                assignee, BatchedWrites.stored(received.receivedAt() == null ? first.getTimestamp()
                                                                             : received.receivedAt()),
                BatchedWrites.stored(last.getTimestamp()), last.getSequenceNumber());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    FeedbackGroupPage handle(FindFeedbackGroupsQuery query) {
        Specification<FeedbackGroupRow> filter = Specification.allOf(
                equal("probeClass", query.probeClass()),
                equal("category", query.category()),
                query.openOnly() ? (root, q, cb) -> cb.greaterThan(root.get("openCount"), 0L) : null);
        Keyset.Window<FeedbackGroupRow> window = BY_GROUP_SIZE.page(groups, filter, query.cursor(), query.limit());
        return new FeedbackGroupPage(window.rows().stream().map(FeedbackQueries::group).toList(),
                                     window.nextCursor());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    FeedbackGroupMembers handle(FindFeedbackGroupMembersQuery query) {
        return new FeedbackGroupMembers(query.fingerprint(),
                items.findByFingerprintOrderByReceivedAtAsc(query.fingerprint()).stream()
                     .map(i -> new FeedbackGroupMembers.Member(new FeedbackId(i.feedbackId), i.status, i.version))
                     .toList());
    }

    @QueryHandler
    @Transactional(readOnly = true)
    SecurityOverview handle(FindSecurityOverviewQuery query) {
        return new SecurityOverview(groups.totalsPerFamily().stream()
                .map(t -> new SecurityOverview.Family(t.getProbeClass(), t.getItems(), t.getGroups(), t.getOpen(),
                                                      t.getLastSeen()))
                .toList());
    }

    private static FeedbackSummary summary(FeedbackItemVersion v) {
        FeedbackItem i = v.item();
        return new FeedbackSummary(new FeedbackId(v.feedbackId), new OrgId(i.orgId), i.userId, excerpt(i.text),
                v.status, i.probeClass, i.category, i.severity, i.fingerprint, v.assignee, i.receivedAt,
                v.updatedAt, v.version);
    }

    private static FeedbackSummary summary(FeedbackItem i) {
        return new FeedbackSummary(new FeedbackId(i.feedbackId), new OrgId(i.orgId), i.userId, excerpt(i.text),
                i.status, i.probeClass, i.category, i.severity, i.fingerprint, i.assignee, i.receivedAt,
                i.updatedAt, i.version);
    }

    private static String excerpt(String text) {
        return text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "…";
    }

    private static FeedbackGroup group(FeedbackGroupRow g) {
        double minutes = Math.max(1.0, Duration.between(g.firstSeen, g.lastSeen).toMillis() / 60_000.0);
        return new FeedbackGroup(g.fingerprint, g.probeClass, g.category, g.severity, g.size, g.openCount,
                g.orgCount, g.firstSeen, g.lastSeen, g.size / minutes, g.sample);
    }
}
