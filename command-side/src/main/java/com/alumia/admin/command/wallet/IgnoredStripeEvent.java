package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.IgnoreStripeEventCommand;
import com.alumia.admin.api.wallet.StripeEventIgnoredEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A Stripe event the wallets do not use, recorded once however often Stripe delivers it. */
@Aggregate
class IgnoredStripeEvent {

    @AggregateIdentifier
    private String stripeEventId;

    IgnoredStripeEvent() {
    }

    /** @return {@code ignored} the first time, {@code duplicate} after */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(IgnoreStripeEventCommand command) {
        if (stripeEventId != null) {
            return "duplicate";
        }
        apply(new StripeEventIgnoredEvent(command.stripeEventId(), command.type()));
        return "ignored";
    }

    @EventSourcingHandler
    void on(StripeEventIgnoredEvent event) {
        stripeEventId = event.stripeEventId();
    }
}
