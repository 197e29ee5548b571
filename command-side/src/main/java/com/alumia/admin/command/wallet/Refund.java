package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.RecordRefundOutcomeCommand;
import com.alumia.admin.api.wallet.RefundId;
import com.alumia.admin.api.wallet.RequestRefundCommand;
import com.alumia.admin.api.wallet.WalletRefundFailedEvent;
import com.alumia.admin.api.wallet.WalletRefundRequestedEvent;
import com.alumia.admin.api.wallet.WalletRefundSucceededEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.regex.Pattern;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A refund of a payment through Stripe: asked for by a super_admin, then succeeded or refused as the refund process
 * reports; the first outcome stands.
 */
@Aggregate
class Refund {

    private static final Pattern PAYMENT_INTENT = Pattern.compile("pi_[A-Za-z0-9]{1,120}");

    @AggregateIdentifier
    private RefundId refundId;
    private boolean settled;

    Refund() {
    }

    @CommandHandler
    Refund(RequestRefundCommand command) {
        if (command.org() == null) {
            throw DomainException.invalid("wallet.org_required", "a refund names its org");
        }
        if (command.paymentIntentId() == null || !PAYMENT_INTENT.matcher(command.paymentIntentId()).matches()) {
            throw DomainException.invalid("wallet.payment_intent_invalid", "a refund names a payment (pi_…)");
        }
        if (command.amount() <= 0) {
            throw DomainException.invalid("wallet.amount_not_positive", "a refund is for more than zero");
        }
        apply(new WalletRefundRequestedEvent(command.refundId(), command.org(), command.paymentIntentId(),
                command.amount()));
    }

    @CommandHandler
    void handle(RecordRefundOutcomeCommand command) {
        if (settled) {
            return;
        }
        if (command.succeeded()) {
            apply(new WalletRefundSucceededEvent(refundId, command.stripeRefundId(), command.status(),
                    command.attempts()));
        } else {
            apply(new WalletRefundFailedEvent(refundId, command.error(), command.attempts()));
        }
    }

    @EventSourcingHandler
    void on(WalletRefundRequestedEvent event) {
        refundId = event.refundId();
    }

    @EventSourcingHandler
    void on(WalletRefundSucceededEvent event) {
        settled = true;
    }

    @EventSourcingHandler
    void on(WalletRefundFailedEvent event) {
        settled = true;
    }
}
