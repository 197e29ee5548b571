package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.ProjectionRebuildRequestedEvent;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The history of rebuilds of one projection, keyed by its processing group: who asked, when, why (metadata).
 * Whether a rebuild may start now depends on the processors' live state, which the caller checks.
 */
@Aggregate
class ProjectionRebuild {

    @AggregateIdentifier
    private String processor;

    ProjectionRebuild() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RequestProjectionRebuildCommand command) {
        apply(new ProjectionRebuildRequestedEvent(command.processor(), command.headAtRequest()));
    }

    @EventSourcingHandler
    void on(ProjectionRebuildRequestedEvent event) {
        processor = event.processor();
    }
}
