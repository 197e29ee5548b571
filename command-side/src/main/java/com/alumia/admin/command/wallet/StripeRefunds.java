package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.RecordRefundOutcomeCommand;
import com.alumia.admin.api.wallet.WalletRefundRequestedEvent;
import com.alumia.admin.command.common.CommandSender;
import com.stripe.StripeClient;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.ApiException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;
import com.stripe.net.RequestOptions;
import com.stripe.param.RefundCreateParams;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Sends each requested refund to Stripe once, whatever happens: the idempotency key is derived from our refund id,
 * so a call repeated after a lost answer, a crash or a retry from the dead-letter queue returns the refund Stripe
 * already made instead of making a second. Outages (no answer, rate limits, Stripe's own errors) are tried again
 * with doubling waits, and after the last try the event waits in the {@code stripe-refunds} dead-letter queue with
 * the error;
 * a refusal (an invalid request, a payment already refunded) is recorded and not sent again. Never during a replay.
 */
@Component
@ProcessingGroup(StripeRefunds.GROUP)
class StripeRefunds {

    static final String GROUP = "stripe-refunds";
    private static final Logger LOG = LoggerFactory.getLogger(StripeRefunds.class);

    private final StripeClient stripe;
    private final CommandSender commands;
    private final StripeClients.ApiProperties properties;

    StripeRefunds(StripeClient stripe, CommandSender commands, StripeClients.ApiProperties properties) {
        this.stripe = stripe;
        this.commands = commands;
        this.properties = properties;
    }

    static String idempotencyKey(WalletRefundRequestedEvent event) {
        return "alumia-refund-" + event.refundId().value();
    }

    @EventHandler
    @DisallowReplay
    void on(WalletRefundRequestedEvent event) throws InterruptedException {
        RefundCreateParams params = RefundCreateParams.builder().setPaymentIntent(event.paymentIntentId())
                .setAmount(event.amount()).putMetadata("alumia_refund_id", event.refundId().value()).build();
        RequestOptions options = RequestOptions.builder().setIdempotencyKey(idempotencyKey(event)).build();
        Duration wait = properties.initialBackoff();
        String error = null;
        for (int attempt = 1; attempt <= properties.attempts(); attempt++) {
            try {
                com.stripe.model.Refund refund = stripe.refunds().create(params, options);
                commands.send(new RecordRefundOutcomeCommand(event.refundId(), true, refund.getId(),
                        refund.getStatus(), null, attempt));
                return;
            } catch (ApiConnectionException | RateLimitException | ApiException outage) {
                error = outage.getClass().getSimpleName() + ": " + outage.getMessage();
                LOG.warn("Refund {} not sent (attempt {}): {}", event.refundId(), attempt, error);
            } catch (StripeException refused) {
                commands.send(new RecordRefundOutcomeCommand(event.refundId(), false, null, null,
                        refused.getStripeError() == null ? refused.getMessage()
                                : refused.getStripeError().getCode() + ": " + refused.getStripeError().getMessage(),
                        attempt));
                return;
            }
            if (attempt < properties.attempts()) {
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2);
            }
        }
        // Nothing is recorded here: it would roll back with this event, which now waits as a dead letter (with
        // the error as its cause) until Stripe is back and someone retries it.
        throw new IllegalStateException("refund " + event.refundId() + " not sent after " + properties.attempts()
                                        + " attempts: " + error);
    }
}
