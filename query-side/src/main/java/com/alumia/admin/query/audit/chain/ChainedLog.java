package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog;
import com.alumia.admin.query.audit.EventLog.StoredEvent;
import com.alumia.admin.query.audit.chain.ExportLines.AnchorLine;
import com.alumia.admin.query.audit.chain.ExportLines.CheckpointLine;
import com.alumia.admin.query.audit.chain.ExportLines.EventLine;
import com.alumia.admin.query.audit.chain.ExportLines.Line;
import com.alumia.admin.query.audit.chain.ExportLines.MissingLine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The log with its chain, as lines in global order: the anchor, each event with its link, each checkpoint after
 * the event it covers, and a link whose event is gone where the store has one. Read a page at a time, each page in
 * a short read of its own. What the export writes and what the store's verification checks.
 */
@Component
public class ChainedLog {

    static final int PAGE = 1_000;

    private final EventLog log;
    private final ChainStore store;

    public ChainedLog(EventLog log, ChainStore store) {
        this.log = log;
        this.store = store;
    }

    /**
     * @param maxEvents at most this many events
     * @param upTo      no position beyond this one; links and checkpoints up to it are read even past the last event
     *                  (so a removed last event shows), unless it is {@link Long#MAX_VALUE}
     */
    public void lines(long after, long maxEvents, long upTo, Consumer<Line> sink) {
        anchor(after).ifPresent(sink);
        long cursor = after;
        long remaining = maxEvents;
        while (remaining > 0 && cursor < upTo) {
            int wanted = (int) Math.min(PAGE, remaining);
            List<StoredEvent> events = new ArrayList<>(wanted);
            log.readAfter(cursor, wanted, e -> {
                if (e.position() <= upTo) {
                    events.add(e);
                }
            });
            boolean last = events.size() < wanted;
            long lastEvent = events.isEmpty() ? cursor : events.get(events.size() - 1).position();
            long end = last && upTo != Long.MAX_VALUE ? upTo : lastEvent;
            emit(events, store.links(cursor, end), store.checkpoints(cursor, end), sink);
            if (last) {
                return;
            }
            cursor = lastEvent;
            remaining -= events.size();
        }
    }

    private Optional<Line> anchor(long after) {
        if (after == 0) {
            return Optional.of(new AnchorLine(0, HashChain.genesis()));
        }
        if (store.state().position() < after) {
            return Optional.empty();
        }
        return Optional.of(new AnchorLine(after, store.linkAtOrBefore(after).orElseGet(HashChain::genesis)));
    }

    private static void emit(List<StoredEvent> events, TreeMap<Long, byte[]> links,
                             TreeMap<Long, Checkpoint> checkpoints, Consumer<Line> sink) {
        TreeMap<Long, StoredEvent> byPosition = new TreeMap<>();
        events.forEach(e -> byPosition.put(e.position(), e));
        TreeSet<Long> positions = new TreeSet<>(byPosition.keySet());
        positions.addAll(links.keySet());
        positions.addAll(checkpoints.keySet());
        for (long position : positions) {
            StoredEvent event = byPosition.get(position);
            if (event != null) {
                sink.accept(new EventLine(event, links.get(position)));
            } else if (links.containsKey(position)) {
                sink.accept(new MissingLine(position, links.get(position)));
            }
            Checkpoint checkpoint = checkpoints.get(position);
            if (checkpoint != null) {
                sink.accept(new CheckpointLine(checkpoint));
            }
        }
    }
}
