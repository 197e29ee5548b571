package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.CardAction;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.CardStatus;
import com.alumia.admin.api.wallet.RecordCardActionOutcomeCommand;
import com.alumia.admin.api.wallet.RecordStripeCardCommand;
import com.alumia.admin.api.wallet.RequestCardActionCommand;
import com.alumia.admin.api.wallet.WalletCardActionRequestedEvent;
import com.alumia.admin.api.wallet.WalletCardActionSettledEvent;
import com.alumia.admin.api.wallet.WalletCardIssuedEvent;
import com.alumia.admin.api.wallet.WalletCardStatusChangedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A card of an agent wallet as Stripe reports it. Stripe delivers events at least once and in no particular
 * order, so the card remembers the events it took (a second delivery changes nothing) and the time of the newest
 * snapshot it took (an older one changes nothing): an update that arrives before the card's creation creates it
 * in the updated state, and the late creation is then stale.
 */
@Aggregate
class Card {

    @AggregateIdentifier
    private CardId cardId;
    private CardStatus status;
    private final StripeSnapshots snapshots = new StripeSnapshots();
    /** Actions sent to Stripe and not answered yet. */
    private final Map<String, CardAction> pending = new HashMap<>();

    Card() {
    }

    /** @return what became of the snapshot: {@code recorded}, {@code duplicate} or {@code stale} */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    String handle(RecordStripeCardCommand command) {
        if (command.status() == null || command.observedAt() == null || command.stripeEventId() == null) {
            throw DomainException.invalid("wallet.card_incomplete", "a card snapshot needs a status, a time and "
                                                                    + "the Stripe event it came in");
        }
        Optional<String> refusal = snapshots.refusal(command.stripeEventId(), command.observedAt());
        if (refusal.isPresent()) {
            return refusal.get();
        }
        if (cardId == null) {
            apply(new WalletCardIssuedEvent(command.cardId(), command.org(), command.agentId(), command.last4(),
                    command.brand(), command.currency(), command.status(), command.stripeEventId(),
                    command.observedAt()));
        } else if (command.status() != status) {
            apply(new WalletCardStatusChangedEvent(cardId, status, command.status(),
                    command.status() == CardStatus.CANCELED ? command.cancellationReason() : null,
                    command.stripeEventId(), command.observedAt()));
        } else {
            return "unchanged";
        }
        return "recorded";
    }

    /** A card known from Stripe can be acted on; a canceled one is canceled for good. */
    @CommandHandler
    void handle(RequestCardActionCommand command) {
        if (status == CardStatus.CANCELED) {
            throw DomainException.conflict("wallet.card_canceled", "The card is canceled; nothing more can be done",
                    Map.of("cardId", cardId.value()));
        }
        if (command.action() == null) {
            throw DomainException.invalid("wallet.action_required", "freeze, unfreeze or cancel");
        }
        apply(new WalletCardActionRequestedEvent(cardId, command.actionId(), command.action()));
    }

    @CommandHandler
    void handle(RecordCardActionOutcomeCommand command) {
        CardAction action = pending.get(command.actionId());
        if (action == null) {
            return;
        }
        apply(new WalletCardActionSettledEvent(cardId, command.actionId(), action, command.succeeded(),
                command.error()));
    }

    @EventSourcingHandler
    void on(WalletCardActionRequestedEvent event) {
        pending.put(event.actionId(), event.action());
    }

    @EventSourcingHandler
    void on(WalletCardActionSettledEvent event) {
        pending.remove(event.actionId());
    }

    @EventSourcingHandler
    void on(WalletCardIssuedEvent event) {
        cardId = event.cardId();
        status = event.status();
        snapshots.took(event.stripeEventId(), event.observedAt());
    }

    @EventSourcingHandler
    void on(WalletCardStatusChangedEvent event) {
        status = event.to();
        snapshots.took(event.stripeEventId(), event.observedAt());
    }
}
