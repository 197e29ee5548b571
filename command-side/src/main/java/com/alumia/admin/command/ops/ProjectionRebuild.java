package com.alumia.admin.command.ops;

import com.alumia.admin.api.ops.CancelProjectionRebuildCommand;
import com.alumia.admin.api.ops.ProjectionRebuildCancelledEvent;
import com.alumia.admin.api.ops.ProjectionRebuildRequestedEvent;
import com.alumia.admin.api.ops.ProjectionSwitchedEvent;
import com.alumia.admin.api.ops.RequestProjectionRebuildCommand;
import com.alumia.admin.api.ops.SwitchProjectionCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The history of rebuilds of one projection, keyed by its processing group: who asked, when, why (metadata), and
 * for a build aside, when it was switched in or cancelled. Whether a rebuild may start, switch or be cancelled
 * now depends on the processors' live state on the nodes, which the caller checks.
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
        apply(new ProjectionRebuildRequestedEvent(command.processor(), command.headAtRequest(), command.strategy(),
                command.nodes(), command.node()));
    }

    @CommandHandler
    void handle(SwitchProjectionCommand command) {
        apply(new ProjectionSwitchedEvent(command.processor(), command.position(), command.node()));
    }

    @CommandHandler
    void handle(CancelProjectionRebuildCommand command) {
        apply(new ProjectionRebuildCancelledEvent(command.processor(), command.position(), command.abandonedBy()));
    }

    @EventSourcingHandler
    void on(ProjectionRebuildRequestedEvent event) {
        processor = event.processor();
    }
}
