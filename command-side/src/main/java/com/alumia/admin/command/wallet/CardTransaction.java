package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.RecordStripeTransactionCommand;
import com.alumia.admin.api.wallet.WalletTransactionRecordedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A capture or refund on a wallet's card: Stripe's transactions do not change, so one is recorded once. */
@Aggregate
class CardTransaction {

    @AggregateIdentifier
    private String transactionId;

    CardTransaction() {
    }

    /** @return {@code recorded} or {@code duplicate} */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordStripeTransactionCommand command) {
        if (command.snapshot() == null || command.snapshot().type() == null || command.snapshot().cardId() == null) {
            throw DomainException.invalid("wallet.transaction_incomplete", "a transaction needs its card and type");
        }
        if (command.snapshot().amount() < 0) {
            throw DomainException.invalid("wallet.amount_negative", "a transaction amount is never negative");
        }
        if (transactionId != null) {
            return "duplicate";
        }
        apply(new WalletTransactionRecordedEvent(command.transactionId(), command.snapshot(), command.stripeEventId(),
                command.observedAt()));
        return "recorded";
    }

    @EventSourcingHandler
    void on(WalletTransactionRecordedEvent event) {
        transactionId = event.transactionId();
    }
}
