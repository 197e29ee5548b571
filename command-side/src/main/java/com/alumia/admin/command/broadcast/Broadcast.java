package com.alumia.admin.command.broadcast;

import com.alumia.admin.api.broadcast.BroadcastChunkAttemptedEvent;
import com.alumia.admin.api.broadcast.BroadcastCompletedEvent;
import com.alumia.admin.api.broadcast.BroadcastRequestedEvent;
import com.alumia.admin.api.broadcast.RecordBroadcastChunkCommand;
import com.alumia.admin.api.broadcast.RequestBroadcastCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Map;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A broadcast to orgs: audited when it is requested (with its audience as asked and as resolved) and when every
 * chunk of its orgs has been delivered or has failed for good. Requesting it again changes nothing.
 */
@Aggregate
class Broadcast {

    @AggregateIdentifier
    private String broadcastId;
    private int[] chunkSizes;
    private int[] attempts;
    private boolean[] settled;
    private int delivered;
    private int failed;
    private boolean completed;

    Broadcast() {
    }

    /** @return whether the broadcast was new (false: it had been requested already, and nothing changed) */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RequestBroadcastCommand command, BroadcastQueue queue, MetaData metaData) {
        if (broadcastId != null) {
            return false;
        }
        if (command.severity() == null) {
            throw DomainException.invalid("broadcast.severity_required", "severity is info, warning or critical");
        }
        String title = requireText("title", command.title(), 200);
        String body = requireText("body", command.body(), 10_000);
        List<String> recipients = command.recipients() == null ? List.of() : List.copyOf(command.recipients());
        if (recipients.isEmpty()) {
            throw DomainException.conflict("broadcast.no_recipients", "The audience has no orgs: nothing to send",
                    Map.of());
        }
        apply(new BroadcastRequestedEvent(command.broadcastId(), title, body, command.severity(), command.audience(),
                recipients, queue.chunkSize()));
        queue.open(command.broadcastId(), title, body, command.severity(), recipients, metaData);
        return true;
    }

    @CommandHandler
    void handle(RecordBroadcastChunkCommand command) {
        int chunk = command.chunk();
        if (chunk < 0 || chunk >= chunkSizes.length) {
            throw DomainException.invalid("broadcast.chunk_unknown", "Broadcast " + broadcastId + " has chunks 0 to "
                    + (chunkSizes.length - 1));
        }
        if (settled[chunk]) {
            throw DomainException.conflict("broadcast.chunk_settled", "Chunk " + chunk + " of " + broadcastId
                    + " has been settled already", Map.of());
        }
        if (command.attempt() != attempts[chunk] + 1) {
            throw DomainException.conflict("broadcast.attempt_out_of_order", "Attempt " + (attempts[chunk] + 1)
                    + " of chunk " + chunk + " is the next one, not " + command.attempt(), Map.of());
        }
        String outcome = command.error() == null ? "delivered" : command.nextAttemptAt() == null ? "failed"
                : "retrying";
        apply(new BroadcastChunkAttemptedEvent(broadcastId, chunk, chunkSizes[chunk], command.attempt(),
                command.statusCode(), command.durationMillis(), command.error(),
                outcome.equals("retrying") ? command.nextAttemptAt() : null, outcome));
        if (!completed && allSettled()) {
            apply(new BroadcastCompletedEvent(broadcastId, delivered, failed));
        }
    }

    private boolean allSettled() {
        for (boolean done : settled) {
            if (!done) {
                return false;
            }
        }
        return true;
    }

    @EventSourcingHandler
    void on(BroadcastRequestedEvent event) {
        broadcastId = event.broadcastId();
        chunkSizes = new int[event.chunks()];
        for (int i = 0; i < event.chunks(); i++) {
            chunkSizes[i] = Math.min(event.chunkSize(), event.recipients().size() - i * event.chunkSize());
        }
        attempts = new int[event.chunks()];
        settled = new boolean[event.chunks()];
    }

    @EventSourcingHandler
    void on(BroadcastChunkAttemptedEvent event) {
        attempts[event.chunk()] = event.attempt();
        if (event.outcome().equals("delivered")) {
            settled[event.chunk()] = true;
            delivered += event.orgs();
        } else if (event.outcome().equals("failed")) {
            settled[event.chunk()] = true;
            failed += event.orgs();
        }
    }

    @EventSourcingHandler
    void on(BroadcastCompletedEvent event) {
        completed = true;
    }
}
