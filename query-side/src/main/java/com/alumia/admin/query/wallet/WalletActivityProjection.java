package com.alumia.admin.query.wallet;

import com.alumia.admin.api.wallet.AuthorizationSnapshot;
import com.alumia.admin.api.wallet.DisputeSnapshot;
import com.alumia.admin.api.wallet.TransactionSnapshot;
import com.alumia.admin.api.wallet.WalletAuthorizationDecidedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationRecordedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationUpdatedEvent;
import com.alumia.admin.api.wallet.WalletCardIssuedEvent;
import com.alumia.admin.api.wallet.WalletCardStatusChangedEvent;
import com.alumia.admin.api.wallet.WalletDisputeRecordedEvent;
import com.alumia.admin.api.wallet.WalletRefundFailedEvent;
import com.alumia.admin.api.wallet.WalletRefundRequestedEvent;
import com.alumia.admin.api.wallet.WalletRefundSucceededEvent;
import com.alumia.admin.api.wallet.WalletTransactionRecordedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** Cards, authorizations, transactions and disputes of the agent wallets. */
@Component
@ProcessingGroup(WalletActivityProjection.GROUP)
class WalletActivityProjection {

    static final String GROUP = "wallet-activity";

    /** A row for an authorization that may first be known by our answer or by Stripe's report. */
    private static final String ENSURE_AUTHORIZATION = "INSERT INTO wallet_authorization (authorization_id, card_id, "
                                                       + "amount, first_seen) VALUES (?, ?, ?, ?) "
                                                       + "ON CONFLICT DO NOTHING";
    private static final String REPORTED = "UPDATE wallet_authorization SET card_id = ?, amount = ?, currency = ?, "
                                           + "merchant_name = ?, merchant_category = ?, approved = ?, "
                                           + "decline_reason = ?, status = ? WHERE authorization_id = ?";

    private final BatchedWrites writes;

    WalletActivityProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(WalletCardIssuedEvent event, @Timestamp Instant at) {
        writes.current().add("INSERT INTO wallet_card (card_id, org_id, agent_id, last4, brand, currency, status, "
                             + "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.cardId().value(),
                event.org() == null ? null : event.org().value(), event.agentId(), event.last4(), event.brand(),
                event.currency(), event.status().name(), time(at));
    }

    @EventHandler
    void on(WalletCardStatusChangedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE wallet_card SET status = ?, reason = ?, updated_at = ? WHERE card_id = ?",
                event.to().name(), event.reason(), time(at), event.cardId().value());
    }

    @EventHandler
    void on(WalletAuthorizationRecordedEvent event, @Timestamp Instant at) {
        reported(event.authorizationId().value(), event.snapshot(), at);
    }

    @EventHandler
    void on(WalletAuthorizationUpdatedEvent event, @Timestamp Instant at) {
        reported(event.authorizationId().value(), event.snapshot(), at);
    }

    private void reported(String id, AuthorizationSnapshot s, Instant at) {
        writes.current().add(ENSURE_AUTHORIZATION, id, s.cardId().value(), s.amount(), time(at));
        writes.current().add(REPORTED, s.cardId().value(), s.amount(), s.currency(), s.merchantName(),
                s.merchantCategory(), s.approved(), s.declineReason(), s.status().name(), id);
    }

    @EventHandler
    void on(WalletAuthorizationDecidedEvent event, @Timestamp Instant at) {
        String id = event.authorizationId().value();
        writes.current().add(ENSURE_AUTHORIZATION, id, event.cardId().value(), event.amount(), time(at));
        writes.current().add("UPDATE wallet_authorization SET rule = ?, spend_request_id = ?, "
                             + "approved = COALESCE(approved, ?), currency = COALESCE(currency, ?) "
                             + "WHERE authorization_id = ?", event.rule(),
                event.spendRequestId() == null ? null : event.spendRequestId().value(), event.approved(),
                event.currency(), id);
    }

    @EventHandler
    void on(WalletTransactionRecordedEvent event, @Timestamp Instant at) {
        TransactionSnapshot t = event.snapshot();
        writes.current().add("""
                INSERT INTO wallet_transaction (transaction_id, card_id, authorization_id, tx_type, amount, currency,
                                                merchant_name, merchant_category, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", event.transactionId(), t.cardId(), t.authorizationId(),
                t.type(), t.amount(), t.currency(), t.merchantName(), t.merchantCategory(), time(at));
    }

    @EventHandler
    void on(WalletDisputeRecordedEvent event, @Timestamp Instant at) {
        DisputeSnapshot d = event.snapshot();
        writes.current().add("DELETE FROM wallet_dispute WHERE dispute_id = ?", event.disputeId());
        writes.current().add("INSERT INTO wallet_dispute (dispute_id, transaction_id, amount, currency, status, reason, "
                             + "loss_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", event.disputeId(),
                d.transactionId(), d.amount(), d.currency(), d.status(), d.reason(), d.lossReason(), time(at));
    }

    @EventHandler
    void on(WalletRefundRequestedEvent event, @Timestamp Instant at) {
        writes.current().add("INSERT INTO wallet_refund (refund_id, org_id, payment_intent_id, amount, status, "
                             + "requested_at, updated_at) VALUES (?, ?, ?, ?, 'requested', ?, ?)",
                event.refundId().value(), event.org().value(), event.paymentIntentId(), event.amount(), time(at),
                time(at));
    }

    @EventHandler
    void on(WalletRefundSucceededEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE wallet_refund SET status = ?, stripe_refund_id = ?, attempts = ?, updated_at = ? "
                             + "WHERE refund_id = ?", "succeeded", event.stripeRefundId(), event.attempts(), time(at),
                event.refundId().value());
    }

    @EventHandler
    void on(WalletRefundFailedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE wallet_refund SET status = ?, error = ?, attempts = ?, updated_at = ? "
                             + "WHERE refund_id = ?", "refused", event.error(), event.attempts(), time(at),
                event.refundId().value());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM wallet_refund");
        writes.jdbc().update("DELETE FROM wallet_dispute");
        writes.jdbc().update("DELETE FROM wallet_transaction");
        writes.jdbc().update("DELETE FROM wallet_authorization");
        writes.jdbc().update("DELETE FROM wallet_card");
    }
}
