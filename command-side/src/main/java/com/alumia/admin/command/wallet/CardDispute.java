package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.DisputeSnapshot;
import com.alumia.admin.api.wallet.RecordStripeDisputeCommand;
import com.alumia.admin.api.wallet.WalletDisputeRecordedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A dispute of a card transaction as Stripe reports it, each event once and in the order of the snapshots. */
@Aggregate
class CardDispute {

    @AggregateIdentifier
    private String disputeId;
    private DisputeSnapshot last;
    private final StripeSnapshots snapshots = new StripeSnapshots();

    CardDispute() {
    }

    /** @return {@code recorded}, {@code duplicate}, {@code stale} or {@code unchanged} */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordStripeDisputeCommand command) {
        if (command.snapshot() == null || command.snapshot().status() == null || command.observedAt() == null) {
            throw DomainException.invalid("wallet.dispute_incomplete", "a dispute needs its status and time");
        }
        Optional<String> refusal = snapshots.refusal(command.stripeEventId(), command.observedAt());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (command.snapshot().equals(last)) {
            return "unchanged";
        }
        apply(new WalletDisputeRecordedEvent(command.disputeId(), command.snapshot(), command.stripeEventId(),
                command.observedAt()));
        return "recorded";
    }

    @EventSourcingHandler
    void on(WalletDisputeRecordedEvent event) {
        disputeId = event.disputeId();
        last = event.snapshot();
        snapshots.took(event.stripeEventId(), event.observedAt());
    }
}
