package com.alumia.admin.app.ops;

import com.alumia.admin.query.common.AsideView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Fresh planner statistics for views that are being filled: while a rebuildable view's processor replays or
 * catches up (in place, or a copy aside), its tables are checked every {@code alumia.ops.catch-up-analyze-interval}
 * (1 s) and analyzed each time they have about doubled since their last analysis (PostgreSQL only; see
 * {@link AsideTables#analyzeGrown}).
 * <p>
 * A view filled from empty is planned as an empty table: PostgreSQL keeps a prepared statement's generic plan, and
 * one made while the table was small scans the whole table. Without autovacuum's analyses (off on some servers, and
 * always behind a fast rebuild) such a plan stayed for the whole rebuild, and each batch's look-up of its items grew
 * with the table: the full bench run's feedback-queue rebuild fell from 4,000 to 440 events/s as it went. An
 * analysis invalidates the cached plans, and they are made again on the real sizes. Analyses every 20 s still left
 * the first 20 s of a rebuild on such a plan (a look-up of 100 items scanned the table: 40 to 60 ms a batch, seen
 * with auto_explain); analyses as the tables double keep every plan made within a factor of two of the real size.
 */
@Component
class CatchUpStatistics {

    private static final Logger log = LoggerFactory.getLogger(CatchUpStatistics.class);

    private final List<AsideView> views;
    private final EventProcessingConfiguration processing;
    private final AsideBuilds asideBuilds;
    private final AsideTables tables;

    CatchUpStatistics(List<AsideView> views, EventProcessingConfiguration processing, AsideBuilds asideBuilds,
                      AsideTables tables) {
        this.views = views;
        this.processing = processing;
        this.asideBuilds = asideBuilds;
        this.tables = tables;
    }

    @Scheduled(initialDelayString = "${alumia.ops.catch-up-analyze-interval:1s}",
               fixedDelayString = "${alumia.ops.catch-up-analyze-interval:1s}")
    void analyzeFillingViews() {
        Map<String, StreamingEventProcessor> aside = asideBuilds.processors();
        for (AsideView view : views) {
            try {
                processing.eventProcessor(view.processingGroup(), StreamingEventProcessor.class)
                          .filter(CatchUpStatistics::filling)
                          .ifPresent(p -> tables.analyzeGrown(view.tables(), false));
                StreamingEventProcessor copy = aside.get(view.processingGroup());
                if (copy != null && filling(copy)) {
                    tables.analyzeGrown(view.tables(), true);
                }
            } catch (RuntimeException e) {
                log.warn("Could not analyze the tables of {}", view.processingGroup(), e);
            }
        }
    }

    /** Replaying, or some segment of this node not caught up with the head of the log. */
    static boolean filling(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        return processor.isReplaying() || segments.values().stream().anyMatch(s -> !s.isCaughtUp());
    }
}
