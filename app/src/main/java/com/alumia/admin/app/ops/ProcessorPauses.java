package com.alumia.admin.app.ops;

import com.alumia.admin.app.eventstore.NodeName;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.common.ExceptionUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Stops a processor on every node sharing the database, for the moment it takes to change its tokens: a node
 * records the pause, every node stops its own instance of the processor within a poll interval (releasing its
 * segment claims), and starts it again once the pause is lifted. A pause expires on its own, so a node that dies
 * in the middle does not leave the processor stopped everywhere.
 */
@Component
class ProcessorPauses {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessorPauses.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String node;
    private final Duration wait;
    private final Duration expiry;
    /** Processors this node stopped because another node paused them. */
    private final Set<String> stoppedForOthers = ConcurrentHashMap.newKeySet();

    ProcessorPauses(EventProcessingConfiguration processing, DataSource dataSource, Clock clock, NodeName node,
                    @Value("${alumia.ops.pause-wait:30s}") Duration wait,
                    @Value("${alumia.ops.pause-expiry:2m}") Duration expiry) {
        this.processing = processing;
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.node = node.value();
        this.wait = wait;
        this.expiry = expiry;
    }

    /**
     * Runs {@code change} (which needs every segment of {@code processor} unclaimed, and claims them itself) while
     * the processor is stopped on every node, retrying it while other nodes still hold segments; then starts the
     * processor here again and lifts the pause.
     *
     * @param purpose what the pause is for, as other nodes and operators see it
     * @param paused  runs once the pause is recorded, before anything stops: where the change is recorded
     * @throws DomainException a conflict when another pause of the processor is on, or when some node did not
     *                         give up its segments in time
     */
    <T> T whileStoppedEverywhere(StreamingEventProcessor processor, String purpose, Runnable paused,
                                 Supplier<T> change) {
        String name = processor.getName();
        pause(name, purpose);
        try {
            paused.run();
        } catch (RuntimeException e) {
            lift(name);
            throw e;
        }
        processor.shutDown();
        try {
            return retryWhileClaimed(name, change);
        } finally {
            lift(name);
            processor.start();
        }
    }

    private void lift(String name) {
        jdbc.update("DELETE FROM processor_pause WHERE processor_name = ? AND node = ?", name, node);
    }

    /**
     * Runs {@code change} with the processor stopped on this node only, refused while other nodes hold segments.
     *
     * @param stopping runs once other nodes are known not to hold segments, before anything stops
     */
    <T> T whileStoppedHere(StreamingEventProcessor processor, Runnable stopping, Supplier<T> change) {
        List<String> others = otherOwners(processor.getName());
        if (!others.isEmpty()) {
            throw heldElsewhere(processor.getName(), others, "; stop it there, or rebuild on all nodes");
        }
        stopping.run();
        processor.shutDown();
        try {
            return change.get();
        } catch (RuntimeException e) {
            if (ExceptionUtils.findException(e, UnableToClaimTokenException.class).isPresent()) {
                throw heldElsewhere(processor.getName(), otherOwners(processor.getName()),
                        "; stop it there, or rebuild on all nodes");
            }
            throw e;
        } finally {
            processor.start();
        }
    }

    private void pause(String name, String purpose) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.update("DELETE FROM processor_pause WHERE processor_name = ? AND expires_at < ?", name, now);
        try {
            jdbc.update("INSERT INTO processor_pause (processor_name, node, purpose, expires_at) VALUES (?, ?, ?, ?)",
                    name, node, purpose, now.plus(expiry));
        } catch (DuplicateKeyException e) {
            Map<String, Object> other = jdbc.queryForMap(
                    "SELECT node, purpose FROM processor_pause WHERE processor_name = ?", name);
            throw DomainException.conflict("ops.processor_paused",
                    name + " is paused by " + other.get("node") + " (" + other.get("purpose") + "); try again shortly",
                    Map.of("processor", name, "node", String.valueOf(other.get("node")),
                            "purpose", String.valueOf(other.get("purpose"))));
        }
    }

    private <T> T retryWhileClaimed(String name, Supplier<T> change) {
        Instant deadline = clock.instant().plus(wait);
        while (true) {
            try {
                return change.get();
            } catch (RuntimeException e) {
                if (ExceptionUtils.findException(e, UnableToClaimTokenException.class).isEmpty()) {
                    throw e;
                }
                if (clock.instant().isAfter(deadline)) {
                    throw heldElsewhere(name, otherOwners(name),
                            "; the nodes holding them did not stop within " + wait);
                }
                sleep();
            }
        }
    }

    /** Other nodes holding segments of {@code processor} (a claim they let lapse counts until it is taken). */
    private List<String> otherOwners(String processor) {
        return jdbc.queryForList("SELECT DISTINCT owner FROM token_entry WHERE processor_name = ? "
                                 + "AND owner IS NOT NULL AND owner <> ? ORDER BY owner", String.class, processor, node);
    }

    private static DomainException heldElsewhere(String name, List<String> owners, String advice) {
        return DomainException.conflict("ops.segments_held_elsewhere",
                "Other nodes hold segments of " + name + advice, Map.of("processor", name, "owners", owners));
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for other nodes", e);
        }
    }

    /** Stops the processors that another node paused, and starts them again once the pause is lifted. */
    @Scheduled(fixedDelayString = "${alumia.ops.pause-poll-interval:500ms}")
    void follow() {
        Set<String> paused = new HashSet<>(jdbc.queryForList(
                "SELECT processor_name FROM processor_pause WHERE node <> ? AND expires_at >= ?", String.class,
                node, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)));
        processing.eventProcessors().forEach((name, processor) -> {
            if (!(processor instanceof StreamingEventProcessor streaming)) {
                return;
            }
            if (paused.contains(name) && streaming.isRunning()) {
                LOG.info("Stopping {}: paused by another node", name);
                stoppedForOthers.add(name);
                streaming.shutDown();
            } else if (!paused.contains(name) && stoppedForOthers.remove(name)) {
                LOG.info("Starting {} again: pause lifted", name);
                streaming.start();
            }
        });
    }
}
