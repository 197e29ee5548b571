package com.alumia.admin.query.wallet;

import com.alumia.admin.api.wallet.FindCoveringSpendRequestsQuery;
import com.alumia.admin.api.wallet.SpendRequestId;
import com.alumia.admin.api.wallet.SpendRequestIds;
import com.alumia.admin.api.wallet.WalletSpendApprovedEvent;
import com.alumia.admin.api.wallet.WalletSpendDeclinedEvent;
import com.alumia.admin.api.wallet.WalletSpendRequestedEvent;
import com.alumia.admin.api.wallet.WalletSpendReservedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** Agents' spend requests: asked, approved (how much), declined, and how much authorizations took. */
@Component
@ProcessingGroup(SpendRequestsProjection.GROUP)
class SpendRequestsProjection {

    static final String GROUP = "wallet-spend";

    private final BatchedWrites writes;

    SpendRequestsProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(WalletSpendRequestedEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        writes.current().add("""
                INSERT INTO wallet_spend_request (request_id, org_id, agent_id, amount, currency, merchant_name,
                                                  merchant_category, purpose, expires_at, status, reserved,
                                                  requested_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', 0, ?, ?)""",
                event.requestId().value(), event.org().value(), event.agentId(), event.amount(), event.currency(),
                event.scope().merchantName(), event.scope().merchantCategory(), event.purpose(),
                time(event.expiresAt()), time(at), sequence);
    }

    @EventHandler
    void on(WalletSpendApprovedEvent event, @SequenceNumber long sequence) {
        writes.current().add("UPDATE wallet_spend_request SET status = 'APPROVED', approved_amount = ?, version = ? "
                             + "WHERE request_id = ?", event.approved(), sequence, event.requestId().value());
    }

    @EventHandler
    void on(WalletSpendDeclinedEvent event, @SequenceNumber long sequence) {
        writes.current().add("UPDATE wallet_spend_request SET status = 'DECLINED', version = ? WHERE request_id = ?",
                sequence, event.requestId().value());
    }

    @EventHandler
    void on(WalletSpendReservedEvent event, @SequenceNumber long sequence) {
        writes.current().add("UPDATE wallet_spend_request SET reserved = reserved + ?, version = ? "
                             + "WHERE request_id = ?", event.amount(), sequence, event.requestId().value());
    }

    @QueryHandler
    SpendRequestIds handle(FindCoveringSpendRequestsQuery query) {
        return new SpendRequestIds(writes.jdbc().queryForList("""
                        SELECT request_id FROM wallet_spend_request
                        WHERE org_id = ? AND agent_id = ? AND status = 'APPROVED' AND expires_at > ?
                          AND currency = ? AND approved_amount - reserved >= ?
                          AND (merchant_name IS NULL OR LOWER(merchant_name) = LOWER(?))
                          AND (merchant_category IS NULL OR merchant_category = ?)
                        ORDER BY expires_at, request_id""", String.class,
                query.org().value(), query.agentId(), OffsetDateTime.ofInstant(query.at(), ZoneOffset.UTC),
                query.currency().toLowerCase(java.util.Locale.ROOT), query.amount(),
                String.valueOf(query.merchantName()), String.valueOf(query.merchantCategory()))
                .stream().map(SpendRequestId::new).toList());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM wallet_spend_request");
    }
}
