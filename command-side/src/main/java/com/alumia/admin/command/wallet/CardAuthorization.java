package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.AuthorizationId;
import com.alumia.admin.api.wallet.AuthorizationSnapshot;
import com.alumia.admin.api.wallet.RecordAuthorizationDecisionCommand;
import com.alumia.admin.api.wallet.RecordStripeAuthorizationCommand;
import com.alumia.admin.api.wallet.WalletAuthorizationDecidedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationRecordedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationUpdatedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An authorization on a wallet's card as Stripe reports it: each Stripe event once, never an older snapshot over a
 * newer one, so an update that arrives before the creation records the authorization as updated and the late
 * creation changes nothing.
 */
@Aggregate
class CardAuthorization {

    @AggregateIdentifier
    private AuthorizationId authorizationId;
    /** The last snapshot Stripe sent; null until the first (our decision may come before it). */
    private AuthorizationSnapshot last;
    private Boolean decided;
    private final StripeSnapshots snapshots = new StripeSnapshots();

    CardAuthorization() {
    }

    /** @return {@code recorded}, {@code duplicate}, {@code stale} or {@code unchanged} */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordStripeAuthorizationCommand command) {
        AuthorizationSnapshot snapshot = command.snapshot();
        if (snapshot == null || snapshot.status() == null || snapshot.cardId() == null || command.observedAt() == null
            || command.stripeEventId() == null) {
            throw DomainException.invalid("wallet.authorization_incomplete",
                    "an authorization snapshot needs its card, status, time and Stripe event");
        }
        if (snapshot.amount() < 0) {
            throw DomainException.invalid("wallet.amount_negative", "an authorization amount is never negative");
        }
        Optional<String> refusal = snapshots.refusal(command.stripeEventId(), command.observedAt());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (last == null) {
            apply(new WalletAuthorizationRecordedEvent(command.authorizationId(), snapshot, command.stripeEventId(),
                    command.observedAt()));
        } else if (!snapshot.equals(last)) {
            apply(new WalletAuthorizationUpdatedEvent(command.authorizationId(), snapshot, command.stripeEventId(),
                    command.observedAt()));
        } else {
            return "unchanged";
        }
        return "recorded";
    }

    /** The real-time answer; Stripe may ask again for the same authorization, and the first answer stands. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(RecordAuthorizationDecisionCommand command) {
        if (decided != null) {
            return decided;
        }
        apply(new WalletAuthorizationDecidedEvent(command.authorizationId(), command.cardId(), command.amount(),
                command.currency(), command.approved(), command.rule(), command.spendRequestId()));
        return command.approved();
    }

    @EventSourcingHandler
    void on(WalletAuthorizationDecidedEvent event) {
        authorizationId = event.authorizationId();
        decided = event.approved();
    }

    @EventSourcingHandler
    void on(WalletAuthorizationRecordedEvent event) {
        authorizationId = event.authorizationId();
        last = event.snapshot();
        snapshots.took(event.stripeEventId(), event.observedAt());
    }

    @EventSourcingHandler
    void on(WalletAuthorizationUpdatedEvent event) {
        last = event.snapshot();
        snapshots.took(event.stripeEventId(), event.observedAt());
    }
}
