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
import com.alumia.admin.api.feedback.ProbeClass;
import com.alumia.admin.api.feedback.SignalCategory;
import com.alumia.admin.api.common.Severity;
import com.alumia.admin.api.feedback.SecurityOverview;
import com.alumia.admin.query.audit.AggregateHistory;
import com.alumia.admin.query.common.BatchedWrites;
import com.alumia.admin.query.common.Keyset;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;

import static com.alumia.admin.query.common.Filters.equal;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;


import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.domain.Sort.Direction.DESC;

@Component
class FeedbackQueries {

    private static final int EXCERPT_LENGTH = 200;
    /**
     * The characters of a text read for its excerpt: enough for one more than the excerpt holds whether the database
     * counts code points (PostgreSQL) or UTF-16 units (H2), so that a cut text is known to be cut.
     */
    private static final int EXCERPT_READ = 2 * EXCERPT_LENGTH + 2;

    private static final Keyset<FeedbackGroupRow> BY_GROUP_SIZE = new Keyset<>("size", List.of(
            new Keyset.Key<>("size", DESC, FeedbackGroupRow::getSize),
            new Keyset.Key<>("lastSeen", DESC, FeedbackGroupRow::getLastSeen),
            new Keyset.Key<>("fingerprint", DESC, FeedbackGroupRow::getFingerprint)));

    /** The live queue: the item rows. */
    private static final String ITEMS = "SELECT feedback_id, org_id, user_id, left(text, " + EXCERPT_READ
            + ") AS text, status, probe_class, category, severity, severity_rank, fingerprint, assignee, received_at,"
            + " updated_at, version FROM feedback_item";
    /**
     * The queue as it stood at a moment ({@link #CURRENT_AT}): of each item, the version it was in then, with what
     * never changes after an item arrives taken from the item row.
     */
    private static final String VERSIONS = "SELECT v.feedback_id, i.org_id, i.user_id, left(i.text, " + EXCERPT_READ
            + ") AS text, v.status, i.probe_class, i.category, i.severity, i.severity_rank, i.fingerprint,"
            + " v.assignee, i.received_at, v.updated_at, v.version"
            + " FROM feedback_item_version v JOIN feedback_item i ON i.feedback_id = v.feedback_id";
    /** The last version of each item that started by a moment (its two arguments). */
    private static final String CURRENT_AT = "v.updated_at <= ? AND NOT EXISTS (SELECT 1 FROM feedback_item_version n"
            + " WHERE n.feedback_id = v.feedback_id AND n.version > v.version AND n.updated_at <= ?)";

    private final FeedbackItemRepository items;
    private final FeedbackGroupRepository groups;
    private final AggregateHistory history;
    private final JdbcTemplate jdbc;

    FeedbackQueries(FeedbackItemRepository items, FeedbackGroupRepository groups, AggregateHistory history,
                    DataSource dataSource) {
        this.items = items;
        this.groups = groups;
        this.history = history;
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * A page of the queue, live or as it stood at {@code asOf}: one plain SQL statement, with the filters and the
     * keyset in its WHERE clause and only an excerpt's worth of each text read. (Through JPA criteria, Hibernate
     * translated the query anew for every request: about a tenth of a request's CPU in a profile.)
     */
    @QueryHandler
    FeedbackQueuePage handle(FindFeedbackQueueQuery query) {
        boolean then = query.asOf() != null;
        // Columns of what never changes after an item arrives, and of what each version changes.
        String fixed = then ? "i." : "";
        String changing = then ? "v." : "";
        FeedbackSort sort = query.sort() == null ? FeedbackSort.SEVERITY : query.sort();
        SqlWhere.Order order = order(sort, fixed, changing);
        SqlWhere where = new SqlWhere();
        if (then) {
            OffsetDateTime at = BatchedWrites.time(query.asOf());
            where.require(CURRENT_AT, at, at);
        }
        where.and(changing + "status", name(query.status()))
             .and(fixed + "probe_class", name(query.probeClass()))
             .and(fixed + "category", name(query.category()))
             .and(fixed + "severity", name(query.severity()))
             .and(fixed + "org_id", query.orgId() == null ? null : query.orgId().value())
             .and(fixed + "fingerprint", query.fingerprint())
             .and(changing + "assignee", query.assignee())
             .containsText(fixed + "text", query.text())
             .after(order, query.cursor());
        int size = Limits.clamp(query.limit());
        List<Row> rows = jdbc.query((then ? VERSIONS : ITEMS) + where.sql() + order.orderBy()
                                    + " FETCH FIRST ? ROWS ONLY", (rs, n) -> new Row(summary(rs), order.keysOf(rs)),
                                    where.then(size + 1).args());
        List<FeedbackSummary> page = rows.stream().limit(size).map(Row::summary).toList();
        return new FeedbackQueuePage(page, rows.size() <= size ? null : order.cursorAfter(rows.get(size - 1).keys()));
    }

    /** The queue's orders, each ending in the unique id; their names are what the cursors carry. */
    private static SqlWhere.Order order(FeedbackSort sort, String fixed, String changing) {
        SqlWhere.Key updated = new SqlWhere.Key(changing + "updated_at", true, Instant.class);
        return switch (sort) {
            case SEVERITY -> new SqlWhere.Order("severity", List.of(
                    new SqlWhere.Key(fixed + "severity_rank", true, Integer.class), updated,
                    new SqlWhere.Key(changing + "feedback_id", true, String.class)));
            case RECENT -> new SqlWhere.Order("recent", List.of(updated,
                    new SqlWhere.Key(changing + "feedback_id", true, String.class)));
            case OLDEST -> new SqlWhere.Order("oldest", List.of(
                    new SqlWhere.Key(fixed + "received_at", false, Instant.class),
                    new SqlWhere.Key(changing + "feedback_id", false, String.class)));
        };
    }

    /** A row of the queue, with the values of its order's keys. */
    private record Row(FeedbackSummary summary, List<Object> keys) {
    }

    private static FeedbackSummary summary(ResultSet rs) throws SQLException {
        return new FeedbackSummary(new FeedbackId(rs.getString("feedback_id")), new OrgId(rs.getString("org_id")),
                rs.getString("user_id"), excerpt(rs.getString("text")), FeedbackStatus.valueOf(rs.getString("status")),
                value(ProbeClass.class, rs.getString("probe_class")),
                value(SignalCategory.class, rs.getString("category")), value(Severity.class, rs.getString("severity")),
                rs.getString("fingerprint"), rs.getString("assignee"), BatchedWrites.instant(rs, "received_at"),
                BatchedWrites.instant(rs, "updated_at"), rs.getLong("version"));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static <E extends Enum<E>> E value(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
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

    private static FeedbackSummary summary(FeedbackItem i) {
        return new FeedbackSummary(new FeedbackId(i.feedbackId), new OrgId(i.orgId), i.userId, excerpt(i.text),
                i.status, i.probeClass, i.category, i.severity, i.fingerprint, i.assignee, i.receivedAt,
                i.updatedAt, i.version);
    }

    /** The first {@value #EXCERPT_LENGTH} characters (code points, never half of one) of a text, marked if cut. */
    private static String excerpt(String text) {
        return text.codePointCount(0, text.length()) <= EXCERPT_LENGTH ? text
                : text.substring(0, text.offsetByCodePoints(0, EXCERPT_LENGTH)) + "…";
    }

    private static FeedbackGroup group(FeedbackGroupRow g) {
        double minutes = Math.max(1.0, Duration.between(g.firstSeen, g.lastSeen).toMillis() / 60_000.0);
        return new FeedbackGroup(g.fingerprint, g.probeClass, g.category, g.severity, g.size, g.openCount,
                g.orgCount, g.firstSeen, g.lastSeen, g.size / minutes, g.sample);
    }
}
