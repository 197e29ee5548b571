package com.alumia.admin.app.ops;

import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.query.common.NotFoundException;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Rebuilds a projection in place on this node: records who asked and why (an event in the log), stops the
 * processor, resets its tokens (its reset handler empties the view) and starts it again; it then replays the log
 * from the start, with progress on the processors screen. Its dead letters are dropped with the old view: the
 * replay meets those events again. Replay-aware handlers ({@code @DisallowReplay}) do not
 * fire during the replay.
 */
@Component
class ProjectionRebuilds {

    private final EventProcessingConfiguration processing;
    private final ProcessorStatuses statuses;
    private final CommandSender commands;
    private final DeadLetters deadLetters;

    ProjectionRebuilds(EventProcessingConfiguration processing, ProcessorStatuses statuses, CommandSender commands,
                       DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
        this.processing = processing;
        this.statuses = statuses;
        this.commands = commands;
    }

    synchronized ProcessorStatus start(String name, String reason) {
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
        commands.send(new RequestProjectionRebuildCommand(name, overview.head()), reason);
        processor.shutDown();
        try {
            processor.resetTokens();
            deadLetters.clear(name);
        } catch (RuntimeException e) {
            throw DomainException.conflict("ops.segments_held_elsewhere",
                    "Another node holds segments of " + name + "; stop it there, or rebuild on every node", Map.of(
                            "processor", name, "cause", String.valueOf(e.getMessage())));
        } finally {
            processor.start();
        }
        return statuses.read().processor(name).orElseThrow();
    }
}
