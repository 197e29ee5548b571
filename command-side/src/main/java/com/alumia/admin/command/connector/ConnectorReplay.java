package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.CancelConnectorReplayCommand;
import com.alumia.admin.api.connector.ConnectorReplayCancellationRequestedEvent;
import com.alumia.admin.api.connector.ConnectorReplayFinishedEvent;
import com.alumia.admin.api.connector.ConnectorReplayStartedEvent;
import com.alumia.admin.api.connector.FinishConnectorReplayCommand;
import com.alumia.admin.api.connector.StartConnectorReplayCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A replay of connector events: audited when it is asked for and when it ends (or is cancelled). */
@Aggregate
class ConnectorReplay {

    @AggregateIdentifier
    private String replayId;
    private boolean finished;

    ConnectorReplay() {
    }

    @CommandHandler
    ConnectorReplay(StartConnectorReplayCommand command, ConnectorReplays replays, MetaData metaData) {
        if (command.filter() == null || command.filter().from() == null || command.filter().to() == null
            || !command.filter().from().isBefore(command.filter().to())) {
            throw DomainException.invalid("replay.period_required", "a replay covers a period: from before to");
        }
        apply(new ConnectorReplayStartedEvent(command.replayId(), command.filter(), command.evenIfAcknowledged(),
                command.total()));
        replays.open(command.replayId(), command.filter(), command.evenIfAcknowledged(), command.total(), metaData);
    }

    @CommandHandler
    void handle(CancelConnectorReplayCommand command, ConnectorReplays replays) {
        if (finished) {
            throw DomainException.conflict("replay.finished", "The replay has ended already", Map.of());
        }
        apply(new ConnectorReplayCancellationRequestedEvent(replayId));
        replays.requestCancellation(replayId);
    }

    @CommandHandler
    void handle(FinishConnectorReplayCommand command) {
        if (finished) {
            throw DomainException.conflict("replay.finished", "The replay has ended already", Map.of());
        }
        apply(new ConnectorReplayFinishedEvent(replayId, command.requeued(), command.skipped(), command.cancelled()));
    }

    @EventSourcingHandler
    void on(ConnectorReplayStartedEvent event) {
        replayId = event.replayId();
    }

    @EventSourcingHandler
    void on(ConnectorReplayFinishedEvent event) {
        finished = true;
    }
}
