package com.alumia.admin.app.ops;

import com.alumia.admin.api.audit.AuditMetadata;
import com.alumia.admin.api.ops.CancelProjectionRebuildCommand;
import com.alumia.admin.api.ops.RebuildNodes;
import com.alumia.admin.api.ops.RebuildStrategy;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import com.alumia.admin.api.ops.SwitchProjectionCommand;
import com.alumia.admin.app.audit.RequestMetadata;
import com.alumia.admin.app.eventstore.NodeName;
import com.alumia.admin.app.eventstore.ProcessingProperties;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.query.common.AsideView;
import com.alumia.admin.query.common.ViewTables;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Rebuilds that keep the live view serving: the log is replayed into copies of the view's tables by a processor
 * of their own on this node ({@code <group>.aside}, on the processors screen with its progress); once it has
 * caught up with the head, the live processor is stopped on every node, the copies replace the live tables and
 * take over the aside processor's position, and the live processor starts again from there. Operators see the old
 * view until that moment and the new one after it.
 * <p>
 * A build is claimed by a row in {@code projection_build}, so only one runs per view across the nodes; the node
 * running it beats a heartbeat there, and a build whose node went silent is dropped by the next request. Starting,
 * cancelling and switching take this object's lock, so a cancel never meets a switch half done.
 */
@Component
class AsideBuilds {

    private static final Logger LOG = LoggerFactory.getLogger(AsideBuilds.class);
    static final String ASIDE = ".aside";

    /** A build running on this node. */
    private record Build(String processor, AsideView view, TrackingEventProcessor aside, Map<String, Object> asked) {
    }

    private final Map<String, AsideView> views;
    private final Map<String, Build> builds = new ConcurrentHashMap<>();
    private final EventProcessingConfiguration processing;
    private final Configuration axon;
    private final EventStore eventStore;
    private final TokenStore tokenStore;
    private final StoredTokens storedTokens;
    private final TransactionManager transactions;
    private final AsideTables tables;
    private final ProcessorPauses pauses;
    private final DeadLetters deadLetters;
    private final CommandSender commands;
    private final RequestMetadata requestMetadata;
    private final ProcessingProperties properties;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;
    private final Duration abandonedAfter;

    AsideBuilds(List<AsideView> views, EventProcessingConfiguration processing, Configuration axon,
                EventStore eventStore, TokenStore tokenStore, StoredTokens storedTokens,
                TransactionManager transactions, AsideTables tables, ProcessorPauses pauses,
                DeadLetters deadLetters, CommandSender commands, RequestMetadata requestMetadata,
                ProcessingProperties properties, DataSource dataSource, Clock clock, NodeName node,
                @Value("${alumia.ops.aside-abandoned-after:1m}") Duration abandonedAfter) {
        this.views = views.stream().collect(Collectors.toMap(AsideView::processingGroup, Function.identity()));
        this.processing = processing;
        this.axon = axon;
        this.eventStore = eventStore;
        this.tokenStore = tokenStore;
        this.storedTokens = storedTokens;
        this.transactions = transactions;
        this.tables = tables;
        this.pauses = pauses;
        this.deadLetters = deadLetters;
        this.commands = commands;
        this.requestMetadata = requestMetadata;
        this.properties = properties;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.node = node.value();
        this.abandonedAfter = abandonedAfter;
    }

    /** The aside processors running on this node, by the live processor they build for. */
    Map<String, StreamingEventProcessor> processors() {
        Map<String, StreamingEventProcessor> running = new HashMap<>();
        builds.forEach((name, build) -> running.put(name, build.aside()));
        return running;
    }

    /** The node running a build of {@code processor}, on any node, if one runs. */
    Optional<String> runningOn(String processor) {
        return Optional.ofNullable(runningBuilds().get(processor));
    }

    /** The builds running on any node: the node of each, by live processor. */
    Map<String, String> runningBuilds() {
        Map<String, String> running = new HashMap<>();
        jdbc.query("SELECT processor_name, node FROM projection_build",
                rs -> {
                    running.put(rs.getString(1), rs.getString(2));
                });
        return running;
    }

    synchronized void start(StreamingEventProcessor live, String reason, long head) {
        String name = live.getName();
        AsideView view = views.get(name);
        if (view == null) {
            throw DomainException.conflict("ops.aside_not_supported",
                    name + " cannot be built aside; rebuild it in place", Map.of("processor", name,
                            "viewsBuiltAside", views.keySet().stream().sorted().toList()));
        }
        dropAbandoned(name);
        claim(name, head);
        Map<String, Object> asked = new HashMap<>(requestMetadata.current());
        asked.put(AuditMetadata.REASON, reason.strip());
        try {
            commands.sendWith(new RequestProjectionRebuildCommand(name, head, RebuildStrategy.BUILD_ASIDE,
                    RebuildNodes.ALL, node), asked);
            tables.create(view.tables());
            jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", name + ASIDE);
            TrackingEventProcessor aside = asideProcessor(name, view, segments(name));
            builds.put(name, new Build(name, view, aside, asked));
            aside.start();
        } catch (RuntimeException e) {
            Build failed = builds.remove(name);
            if (failed != null) {
                failed.aside().shutDown();
            }
            discard(name, view);
            throw e;
        }
    }

    private void claim(String name, long head) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        try {
            jdbc.update("INSERT INTO projection_build (processor_name, aside_name, node, started_at, heartbeat_at, "
                        + "head_at_start) VALUES (?, ?, ?, ?, ?, ?)", name, name + ASIDE, node, now, now, head);
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("ops.rebuild_in_progress",
                    "A build aside of " + name + " is running on " + runningOn(name).orElse("another node")
                    + "; wait for it to switch in, or cancel it", Map.of("processor", name));
        }
    }

    /** A build whose node stopped beating is dropped, with a record of it in the log. */
    private void dropAbandoned(String name) {
        OffsetDateTime silentSince = OffsetDateTime.ofInstant(clock.instant().minus(abandonedAfter), ZoneOffset.UTC);
        List<String> silent = jdbc.queryForList("SELECT node FROM projection_build WHERE processor_name = ? "
                                                + "AND heartbeat_at < ?", String.class, name, silentSince);
        if (silent.isEmpty() || builds.containsKey(name)) {
            return;
        }
        LOG.warn("Dropping the build aside of {} left by {}, silent since before {}", name, silent.get(0), silentSince);
        commands.send(new CancelProjectionRebuildCommand(name, asidePosition(name), silent.get(0)),
                "The node running it stopped reporting");
        discard(name, views.get(name));
    }

    /** Stops this node's build of {@code processor} and drops its tables; the live view was never touched. */
    synchronized void cancel(String processor, String reason) {
        Build build = builds.get(processor);
        if (build == null) {
            throw runningOn(processor)
                    .map(other -> DomainException.conflict("ops.rebuild_elsewhere", "The build aside of " + processor
                            + " runs on " + other + "; cancel it there", Map.of("processor", processor, "node", other)))
                    .orElseGet(() -> DomainException.conflict("ops.no_rebuild",
                            "No build aside of " + processor + " is running", Map.of("processor", processor)));
        }
        build.aside().shutDown();
        commands.send(new CancelProjectionRebuildCommand(processor, asidePosition(processor), null), reason);
        builds.remove(processor);
        discard(processor, build.view());
    }

    private void discard(String processor, AsideView view) {
        tables.drop(view.tables());
        jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", processor + ASIDE);
        jdbc.update("DELETE FROM projection_build WHERE processor_name = ?", processor);
    }

    /** Beats the heartbeat of this node's builds and switches in those that have caught up. */
    @Scheduled(fixedDelayString = "${alumia.ops.aside-check-interval:1s}")
    synchronized void advance() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (Build build : List.copyOf(builds.values())) {
            jdbc.update("UPDATE projection_build SET heartbeat_at = ? WHERE processor_name = ?", now,
                    build.processor());
            if (caughtUp(build.aside())) {
                try {
                    if (tables.finish(build.view().tables())) {
                        switchIn(build);
                    }
                } catch (RuntimeException e) {
                    LOG.warn("Switching in {} failed; the build keeps running and the switch is tried again",
                            build.processor(), e);
                }
            }
        }
    }

    private static boolean caughtUp(TrackingEventProcessor aside) {
        Map<Integer, EventTrackerStatus> status = aside.processingStatus();
        return aside.isRunning() && !status.isEmpty()
               && status.values().stream().allMatch(s -> s.isCaughtUp() && !s.isErrorState());
    }

    /**
     * With the live processor stopped on every node: the aside processor stops where it is, the copies replace
     * the live tables, and the live processor's segments take the aside processor's tokens, all in one transaction.
     */
    private void switchIn(Build build) {
        StreamingEventProcessor live = processing.eventProcessor(build.processor(), StreamingEventProcessor.class)
                                                 .orElseThrow();
        long position = pauses.whileStoppedEverywhere(live, "switch", () -> { }, () -> {
            build.aside().shutDown();
            return transactions.fetchInTransaction(() -> {
                for (int segment : tokenStore.fetchSegments(build.processor())) {
                    tokenStore.fetchToken(build.processor(), segment);
                }
                long reached = asidePosition(build.processor());
                tables.swap(build.view().tables());
                jdbc.update("DELETE FROM token_entry WHERE processor_name = ?", build.processor());
                jdbc.update("UPDATE token_entry SET processor_name = ?, owner = NULL WHERE processor_name = ?",
                        build.processor(), build.processor() + ASIDE);
                deadLetters.clear(build.processor());
                jdbc.update("DELETE FROM projection_build WHERE processor_name = ?", build.processor());
                return reached;
            });
        });
        builds.remove(build.processor());
        LOG.info("Switched in the view of {} built aside, at position {}", build.processor(), position);
        commands.sendWith(new SwitchProjectionCommand(build.processor(), position, node), build.asked());
    }

    /** How far the aside processor has come: the lowest position of its segments, -1 before it has any. */
    private long asidePosition(String processor) {
        return storedTokens.position(processor + ASIDE).orElse(-1);
    }

    /** As many segments as the live processor has, so that it keeps them after the switch. */
    private int segments(String processor) {
        int stored = tokenStore.fetchSegments(processor).length;
        return stored > 0 ? stored : properties.segments();
    }

    /**
     * A processor replaying the whole log into the copies: its handlers see a replay, as in any rebuild, and it
     * stops on a failing event (the build then waits, with the error on the processors screen).
     */
    private TrackingEventProcessor asideProcessor(String processor, AsideView view, int segments) {
        Object handler = view.writingTo(ViewTables.ASIDE);
        SimpleEventHandlerInvoker invoker = SimpleEventHandlerInvoker.builder()
                .eventHandlers(handler)
                .parameterResolverFactory(axon.parameterResolverFactory())
                .handlerDefinition(axon.handlerDefinition(handler.getClass()))
                .listenerInvocationErrorHandler(PropagatingErrorHandler.instance())
                .build();
        return TrackingEventProcessor.builder()
                .name(processor + ASIDE)
                .eventHandlerInvoker(invoker)
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(processing.transactionManager(processor))
                .trackingEventProcessorConfiguration(TrackingEventProcessorConfiguration
                        .forParallelProcessing(segments)
                        .andInitialSegmentsCount(segments)
                        .andBatchSize(properties.batchSize())
                        .andInitialTrackingToken(source -> ReplayToken.createReplayToken(source.createHeadToken())))
                .build();
    }

    @PreDestroy
    void stop() {
        builds.values().forEach(build -> build.aside().shutDown());
    }
}
