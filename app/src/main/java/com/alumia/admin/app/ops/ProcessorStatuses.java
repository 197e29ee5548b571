package com.alumia.admin.app.ops;

import com.alumia.admin.app.ops.StoredTokens.Stored;
import com.alumia.admin.query.audit.EventLog;
import com.alumia.admin.query.common.AsideView;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads every streaming event processor's state: Axon's own view of the segments this node runs, the token
 * store's view of who holds each segment (every node), and the head of the log. Throughput comes from positions
 * sampled every few seconds.
 */
@Component
class ProcessorStatuses {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final EventLog log;
    private final StoredTokens tokens;
    private final AsideBuilds asideBuilds;
    private final Clock clock;
    private final DeadLetters deadLetters;
    private final DeferredIndexes deferredIndexes;
    private final Map<String, List<String>> viewTables = new HashMap<>();
    private final Map<String, Sample[]> samples = new ConcurrentHashMap<>();

    private record Sample(Instant at, long position) {
    }

    ProcessorStatuses(EventProcessingConfiguration processing, EventStore eventStore, EventLog log,
                      StoredTokens tokens, AsideBuilds asideBuilds, Clock clock, DeadLetters deadLetters,
                      DeferredIndexes deferredIndexes, List<AsideView> views) {
        this.deadLetters = deadLetters;
        this.deferredIndexes = deferredIndexes;
        views.forEach(view -> {
            viewTables.put(view.processingGroup(), view.tables());
            viewTables.put(view.processingGroup() + AsideBuilds.ASIDE, AsideTables.copies(view.tables()));
        });
        this.processing = processing;
        this.eventStore = eventStore;
        this.log = log;
        this.tokens = tokens;
        this.asideBuilds = asideBuilds;
        this.clock = clock;
    }

    ProcessorStatus.Overview read() {
        long head = position(eventStore.createHeadToken());
        Instant now = clock.instant();
        Map<String, Map<Integer, Stored>> stored = tokens.all();
        Map<String, String> buildingFor = new HashMap<>();
        asideBuilds.processors().forEach((live, aside) -> buildingFor.put(aside.getName(), live));
        Map<String, String> builds = asideBuilds.runningBuilds();
        Map<String, List<String>> held = deferredIndexes.heldByTable();
        List<ProcessorStatus> all = new ArrayList<>();
        streamingProcessors().stream()
                  .sorted(Comparator.comparing(StreamingEventProcessor::getName))
                  .forEach(p -> all.add(status(p, head, now, stored.getOrDefault(p.getName(), Map.of()),
                          buildingFor.get(p.getName()), builds.get(p.getName()),
                          DeferredIndexes.heldOf(held, viewTables.getOrDefault(p.getName(), List.of())))));
        return new ProcessorStatus.Overview(head, now, all);
    }

    /** The application's streaming processors, and the aside processors of rebuilds running on this node. */
    private List<StreamingEventProcessor> streamingProcessors() {
        List<StreamingEventProcessor> all = new ArrayList<>(asideBuilds.processors().values());
        processing.eventProcessors().values().stream()
                  .filter(StreamingEventProcessor.class::isInstance)
                  .map(StreamingEventProcessor.class::cast)
                  .forEach(all::add);
        return all;
    }

    private ProcessorStatus status(StreamingEventProcessor processor, long head, Instant now,
                                   Map<Integer, Stored> stored, String buildingAsideFor, String asideBuildOn,
                                   List<String> heldBackIndexes) {
        Map<Integer, EventTrackerStatus> local = processor.processingStatus();
        List<ProcessorStatus.SegmentStatus> segments = new ArrayList<>();
        Long position = null;
        boolean replaying = false;
        long replayDone = 0;
        long replayTotal = 0;
        String error = null;
        for (int segment : segmentIds(local, stored)) {
            EventTrackerStatus s = local.get(segment);
            Stored row = stored.get(segment);
            Long at = s != null ? boxed(s.getCurrentPosition()) : row == null ? null : row.position();
            Long replayTo = s != null ? boxed(s.getResetPosition()) : row == null ? null : row.replayTo();
            // A replay token stays one until an event past the reset position arrives; at that position the
            // replay is complete even while the log is quiet.
            boolean segmentReplaying = (s != null ? s.isReplaying() : row != null && row.replaying())
                                       && (replayTo == null || at == null || at < replayTo);
            String segmentError = s != null && s.isErrorState() && s.getError() != null
                    ? s.getError().getClass().getSimpleName() + ": " + s.getError().getMessage() : null;
            segments.add(new ProcessorStatus.SegmentStatus(segment, s == null ? 0 : s.getSegment().getMask(),
                    row == null ? null : row.owner(), s != null, at, s != null && s.isCaughtUp(),
                    segmentReplaying, segmentReplaying ? replayTo : null, segmentError));
            if (at != null) {
                position = position == null ? at : Math.min(position, at);
            }
            if (segmentReplaying) {
                replaying = true;
                replayDone += at == null ? 0 : at;
                replayTotal += replayTo == null ? 0 : replayTo;
            }
            error = error == null ? segmentError : error;
        }
        Long lag = position == null ? null : Math.max(0, head - position);
        Double rate = processor.isRunning() ? rate(processor.getName()) : null;
        Long remaining = replaying && replayTotal > 0 ? Long.valueOf(Math.max(0, replayTotal - replayDone)) : lag;
        return new ProcessorStatus(processor.getName(),
                processor instanceof TrackingEventProcessor ? "tracking" : "pooled",
                processor.isRunning(), processor.isError() || error != null, segments.size(), position, lag,
                lagSeconds(position, lag, now), replaying,
                replaying && replayTotal > 0 ? Math.min(1.0, (double) replayDone / replayTotal) : null,
                rate, eta(remaining, rate), deadLetters.count(processor.getName()), buildingAsideFor,
                asideBuildOn, heldBackIndexes, segments);
    }

    /** Seconds until {@code remaining} events are handled at {@code rate}; null while that cannot be told. */
    private static Double eta(Long remaining, Double rate) {
        if (remaining == null) {
            return null;
        }
        if (remaining == 0) {
            return 0.0;
        }
        return rate == null || rate <= 0 ? null : Math.round(remaining / rate * 10) / 10.0;
    }

    /** Segments known to the token store (all nodes) and to this node. */
    private static int[] segmentIds(Map<Integer, EventTrackerStatus> local, Map<Integer, Stored> stored) {
        TreeSet<Integer> ids = new TreeSet<>(stored.keySet());
        ids.addAll(local.keySet());
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Age of the first event after {@code position}, which is the oldest one the processor has not handled. */
    private Double lagSeconds(Long position, Long lag, Instant now) {
        if (position == null || lag == null) {
            return null;
        }
        if (lag == 0) {
            return 0.0;
        }
        Instant[] next = new Instant[1];
        log.readAfter(position, 1, e -> next[0] = Instant.parse(e.timestamp()));
        return next[0] == null ? 0.0 : Math.max(0, Duration.between(next[0], now).toMillis() / 1000.0);
    }

    private Double rate(String processor) {
        Sample[] pair = samples.get(processor);
        if (pair == null || pair[0] == null || pair[1] == null) {
            return null;
        }
        double seconds = Duration.between(pair[0].at(), pair[1].at()).toMillis() / 1000.0;
        return seconds <= 0 ? null : Math.max(0, pair[1].position() - pair[0].position()) / seconds;
    }

    @Scheduled(fixedDelayString = "${alumia.ops.rate-sample-interval:5s}")
    void sample() {
        Instant now = clock.instant();
        streamingProcessors().forEach(p -> p.processingStatus().values().stream()
                          .map(EventTrackerStatus::getCurrentPosition)
                          .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min()
                          .ifPresent(position -> samples.compute(p.getName(), (k, pair) -> new Sample[]{
                                  pair == null ? null : pair[1], new Sample(now, position)})));
    }

    private static long position(TrackingToken token) {
        return token == null ? 0 : token.position().orElse(0);
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }
}
