package com.alumia.admin.app.ops;

import com.alumia.admin.api.ops.RebuildNodes;
import com.alumia.admin.api.ops.RebuildStrategy;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import com.alumia.admin.app.eventstore.NodeName;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.query.common.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Rebuilds a projection from the log, in one of two ways ({@link RebuildStrategy}).
 * <p>
 * In place: the request is recorded in the log (who asked and why), the processor is stopped (on every node
 * sharing the store, or on this one only), its tokens are reset (its reset handler empties the view) and it starts
 * again, replaying the log with progress on the processors screen. Its dead letters are dropped with the old view:
 * the replay meets those events again. Built aside: see {@link AsideBuilds}.
 * <p>
 * Either way, replay-aware handlers ({@code @DisallowReplay}) do not fire during the replay, and a second rebuild
 * of the same projection is refused while one runs.
 */
@Component
class ProjectionRebuilds {

    private final EventProcessingConfiguration processing;
    private final ProcessorStatuses statuses;
    private final CommandSender commands;
    private final DeadLetters deadLetters;
    private final ProcessorPauses pauses;
    private final AsideBuilds asideBuilds;
    private final String node;

    ProjectionRebuilds(EventProcessingConfiguration processing, ProcessorStatuses statuses, CommandSender commands,
                       DeadLetters deadLetters, ProcessorPauses pauses, AsideBuilds asideBuilds, NodeName node) {
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.statuses = statuses;
        this.commands = commands;
        this.pauses = pauses;
        this.asideBuilds = asideBuilds;
        this.node = node.value();
    }

    synchronized ProcessorStatus start(String name, String reason, RebuildStrategy strategy, RebuildNodes nodes) {
        StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                .orElseThrow(() -> new NotFoundException("processor", name));
        ProcessorStatus.Overview overview = statuses.read();
        ProcessorStatus before = overview.processor(name).orElseThrow(() -> new NotFoundException("processor", name));
        if (before.replaying()) {
            throw DomainException.conflict("ops.rebuild_in_progress",
                    "A rebuild of " + name + " is running; wait for it to finish", Map.of(
                            "processor", name,
                            "progress", before.replayProgress() == null ? "unknown" : before.replayProgress()));
        }
        if (!processor.supportsReset()) {
            throw DomainException.conflict("ops.rebuild_not_supported",
                    name + " cannot be reset (it has handlers that do not support a replay)", Map.of());
        }
        if (strategy == RebuildStrategy.BUILD_ASIDE) {
            if (nodes == RebuildNodes.THIS) {
                throw DomainException.conflict("ops.aside_needs_all_nodes",
                        "A view built aside is switched in on every node at once; ask for all nodes",
                        Map.of("processor", name));
            }
            asideBuilds.start(processor, reason, overview.head());
        } else {
            asideBuilds.runningOn(name).ifPresent(other -> {
                throw DomainException.conflict("ops.rebuild_in_progress", "A build aside of " + name + " is running on "
                        + other + "; wait for it to switch in, or cancel it", Map.of("processor", name));
            });
            Runnable record = () -> commands.send(
                    new RequestProjectionRebuildCommand(name, overview.head(), strategy, nodes, node), reason);
            if (nodes == RebuildNodes.ALL) {
                pauses.whileStoppedEverywhere(processor, "rebuild", record, () -> reset(processor));
            } else {
                pauses.whileStoppedHere(processor, record, () -> reset(processor));
            }
        }
        return statuses.read().processor(name).orElseThrow();
    }

    void cancel(String name, String reason) {
        processing.eventProcessor(name, StreamingEventProcessor.class)
                  .orElseThrow(() -> new NotFoundException("processor", name));
        asideBuilds.cancel(name, reason);
    }

    private Void reset(StreamingEventProcessor processor) {
        processor.resetTokens();
        deadLetters.clear(processor.getName());
        return null;
    }
}
