package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.RecordRefundOutcomeCommand;
import com.alumia.admin.api.wallet.WalletRefundRequestedEvent;
import com.alumia.admin.command.common.CommandSender;
import com.stripe.StripeClient;
import com.stripe.model.Refund;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * Sends each requested refund to Stripe once, whatever happens: the idempotency key is derived from our refund id,
 * so a call repeated after a lost answer, a crash or a retry from the dead-letter queue returns the refund Stripe
 * already made instead of making a second ({@link StripeCalls} for outages and refusals). Never during a replay.
 */
@Component
@ProcessingGroup(StripeRefunds.GROUP)
class StripeRefunds {

    static final String GROUP = "stripe-refunds";

    private final StripeClient stripe;
    private final StripeCalls calls;
    private final CommandSender commands;

    StripeRefunds(StripeClient stripe, StripeCalls calls, CommandSender commands) {
        this.stripe = stripe;
        this.calls = calls;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(WalletRefundRequestedEvent event) throws InterruptedException {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(event.paymentIntentId())
                .setAmount(event.amount()).putMetadata("alumia_refund_id", event.refundId().value()).build();
        RequestOptions options = RequestOptions.builder()
                .setIdempotencyKey("alumia-refund-" + event.refundId().value()).build();
        try {
            StripeCalls.Answer<Refund> answer = calls.send("refund " + event.refundId(),
                    () -> stripe.refunds().create(params, options));
            commands.send(new RecordRefundOutcomeCommand(event.refundId(), true, answer.value().getId(),
                    answer.value().getStatus(), null, answer.attempts()));
        } catch (StripeCalls.Refused refused) {
            commands.send(new RecordRefundOutcomeCommand(event.refundId(), false, null, null, refused.getMessage(),
                    refused.attempts()));
        }
    }
}
