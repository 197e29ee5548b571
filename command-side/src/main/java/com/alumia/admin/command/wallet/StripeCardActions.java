package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.CardStatus;
import com.alumia.admin.api.wallet.RecordCardActionOutcomeCommand;
import com.alumia.admin.api.wallet.RecordStripeCardCommand;
import com.alumia.admin.api.wallet.WalletCardActionRequestedEvent;
import com.alumia.admin.command.common.CommandSender;
import com.stripe.StripeClient;
import com.stripe.model.issuing.Card;
import com.stripe.net.RequestOptions;
import com.stripe.param.issuing.CardUpdateParams;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Locale;

/**
 * Sends operators' card actions to Stripe (the card's status), under an idempotency key from the action, with
 * {@link StripeCalls}' retries; the card Stripe returns is taken as a snapshot at once, so the status shows
 * without waiting for Stripe's webhook (which then changes nothing). Never during a replay.
 */
@Component
@ProcessingGroup(StripeCardActions.GROUP)
class StripeCardActions {

    static final String GROUP = "stripe-card-actions";

    private final StripeClient stripe;
    private final StripeCalls calls;
    private final CommandSender commands;
    private final Clock clock;

    StripeCardActions(StripeClient stripe, StripeCalls calls, CommandSender commands, Clock clock) {
        this.stripe = stripe;
        this.calls = calls;
        this.commands = commands;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(WalletCardActionRequestedEvent event) throws InterruptedException {
        CardUpdateParams params = CardUpdateParams.builder()
                .setStatus(CardUpdateParams.Status.valueOf(event.action().target().name())).build();
        RequestOptions options = RequestOptions.builder()
                .setIdempotencyKey("alumia-card-action-" + event.actionId()).build();
        try {
            Card card = calls.send("card action " + event.actionId(),
                    () -> stripe.issuing().cards().update(event.cardId().value(), params, options)).value();
            commands.send(new RecordCardActionOutcomeCommand(event.cardId(), event.actionId(), true, null));
            commands.send(new RecordStripeCardCommand(event.cardId(), "action:" + event.actionId(), clock.instant(),
                    null, null, card.getLast4(), card.getBrand(), card.getCurrency(),
                    CardStatus.valueOf(card.getStatus().toUpperCase(Locale.ROOT)), card.getCancellationReason()));
        } catch (StripeCalls.Refused refused) {
            commands.send(new RecordCardActionOutcomeCommand(event.cardId(), event.actionId(), false,
                    refused.getMessage()));
        }
    }
}
