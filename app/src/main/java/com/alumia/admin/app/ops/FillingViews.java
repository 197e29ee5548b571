package com.alumia.admin.app.ops;

import com.alumia.admin.query.common.AsideView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Keeps views that are being filled quick to fill and quick to read: while a rebuildable view's processor replays
 * or catches up (in place, or a copy aside), its tables are checked every {@code alumia.ops.catch-up-analyze-interval}
 * (1 s), on PostgreSQL:
 * <ul>
 * <li>Their planner statistics are renewed each time they have about doubled ({@link AsideTables#analyzeGrown}).
 * A view filled from empty is planned as an empty table: PostgreSQL keeps a prepared statement's generic plan, and
 * one made while the table was small scans the whole table. Without autovacuum's analyses (off on some servers, and
 * always behind a fast rebuild) such a plan stayed for the whole rebuild, and each batch's look-up of its items grew
 * with the table: the full bench run's feedback-queue rebuild fell from 4,000 to 440 events/s as it went. An
 * analysis invalidates the cached plans, and they are made again on the real sizes. Analyses every 20 s still left
 * the first 20 s of a rebuild on such a plan (a look-up of 100 items scanned the table: 40 to 60 ms a batch, seen
 * with auto_explain); analyses as the tables double keep every plan made within a factor of two of the real size.</li>
 * <li>Their secondary indexes are held back ({@link DeferredIndexes}) while the processor is at least
 * {@code alumia.ops.defer-indexes-behind} events (100,000) behind the head of the log and its tables hold fewer rows
 * than it has events still to go: made again at the end, the indexes cost one sorted pass instead of a scattered
 * write per row. They are made again once the processor is within a tenth of that distance of the head (decided from
 * the token store, so any node can), and before a copy built aside is switched in. A processor catching up on a view
 * that is already large keeps its indexes: remaking them would cost more than it saves.</li>
 * </ul>
 */
@Component
class FillingViews {

    private static final Logger log = LoggerFactory.getLogger(FillingViews.class);

    private final List<AsideView> views;
    private final EventProcessingConfiguration processing;
    private final AsideBuilds asideBuilds;
    private final AsideTables tables;
    private final DeferredIndexes indexes;
    private final StoredTokens tokens;
    private final EventStore eventStore;
    private final long deferBehind;

    FillingViews(List<AsideView> views, EventProcessingConfiguration processing, AsideBuilds asideBuilds,
                 AsideTables tables, DeferredIndexes indexes, StoredTokens tokens, EventStore eventStore,
                 @Value("${alumia.ops.defer-indexes-behind:100000}") long deferBehind) {
        this.views = views;
        this.processing = processing;
        this.asideBuilds = asideBuilds;
        this.tables = tables;
        this.indexes = indexes;
        this.tokens = tokens;
        this.eventStore = eventStore;
        this.deferBehind = deferBehind;
    }

    @Scheduled(initialDelayString = "${alumia.ops.catch-up-analyze-interval:1s}",
               fixedDelayString = "${alumia.ops.catch-up-analyze-interval:1s}")
    void check() {
        Map<String, StreamingEventProcessor> aside = asideBuilds.processors();
        Map<String, List<String>> held = indexes.heldByTable();
        // The head of the log is read only when some view is being filled or has indexes held back.
        Supplier<Long> head = SingletonSupplier.of(() -> position(eventStore.createHeadToken()));
        for (AsideView view : views) {
            try {
                boolean fillingHere = processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                                                .filter(FillingViews::filling).isPresent();
                check(view.tables(), view.processingGroup(), fillingHere, held, head);
                StreamingEventProcessor copy = aside.get(view.processingGroup());
                if (copy != null) {
                    check(AsideTables.copies(view.tables()), view.processingGroup() + AsideBuilds.ASIDE,
                            filling(copy), held, head);
                }
            } catch (RuntimeException e) {
                log.warn("Could not check the tables of {}", view.processingGroup(), e);
            }
        }
    }

    /**
     * One view's tables (live, or copies) and the processor filling them: whether this node runs a segment of it
     * that is filling, and where it stands in the token store, whichever node holds it. {@code held} is every
     * held-back index by table.
     */
    void check(List<String> names, String processor, boolean fillingHere, Map<String, List<String>> held,
               Supplier<Long> head) {
        if (fillingHere) {
            tables.analyzeGrown(names);
        }
        boolean anyHeld = !DeferredIndexes.heldOf(held, names).isEmpty();
        if (!anyHeld && !fillingHere) {
            return;
        }
        long behind = head.get() - tokens.position(processor).orElse(-1);
        if (anyHeld) {
            if (restore(behind, deferBehind)) {
                indexes.restore(names);
            }
        } else if (defer(behind, indexes.rows(names), deferBehind)) {
            indexes.defer(names);
        }
    }

    /** Whether a view filled by a processor {@code behind} the head, holding {@code rows}, is better without. */
    static boolean defer(long behind, long rows, long deferBehind) {
        return behind >= deferBehind && rows < behind;
    }

    /** Whether held-back indexes are due: the processor is close to the head (well below where they were held). */
    static boolean restore(long behind, long deferBehind) {
        return behind < deferBehind / 10;
    }

    /** Replaying, or some segment of this node not caught up with the head of the log. */
    static boolean filling(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return processor.isReplaying() || segments.values().stream().anyMatch(s -> !s.isCaughtUp());
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }
}
