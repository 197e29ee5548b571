package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.DeadLetterQueues;
import com.alumia.admin.api.ops.EvictDeadLettersCommand;
import com.alumia.admin.api.ops.ProcessingDeadLettersEvictedEvent;
import com.alumia.admin.api.ops.ProcessingDeadLettersRetryRequestedEvent;
import com.alumia.admin.api.ops.RetryDeadLettersCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The history of operations on one processor's dead-letter queue: retries and evictions, who asked and why
 * (metadata). The letters themselves live in the queue; what may be done with them depends on its live state, which
 * the caller checks.
 */
@Aggregate
class DeadLetterQueue {

    @AggregateIdentifier
    private String queue;

    DeadLetterQueue() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RetryDeadLettersCommand command) {
        apply(new ProcessingDeadLettersRetryRequestedEvent(command.processor(), command.sequence(),
                command.sequences()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(EvictDeadLettersCommand command) {
        apply(new ProcessingDeadLettersEvictedEvent(command.processor(), command.sequence(),
                command.eventIds()));
    }

    @EventSourcingHandler
    void on(ProcessingDeadLettersRetryRequestedEvent event) {
        queue = DeadLetterQueues.id(event.processor());
    }

    @EventSourcingHandler
    void on(ProcessingDeadLettersEvictedEvent event) {
        queue = DeadLetterQueues.id(event.processor());
    }
}
