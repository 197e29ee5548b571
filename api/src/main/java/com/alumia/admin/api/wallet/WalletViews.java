package com.alumia.admin.api.wallet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the wallets screen reads: wallets per agent, cards, authorizations and spend requests. */
public final class WalletViews {

    private WalletViews() {
    }

    /**
     * One agent's wallet.
     *
     * @param requested what its spend requests asked, in minor units, per currency summed as given
     * @param approved  what operators approved of it
     * @param spent     what authorizations took from the approvals
     */
    public record Wallet(String orgId, String agentId, int cards, long requested, long approved, long spent,
                         int approvedAuthorizations, int declinedAuthorizations) {
    }

    public record Card(String cardId, String orgId, String agentId, String last4, String brand, String currency,
                       String status, String reason, Instant updatedAt) {
    }

    /** @param rule our real-time answer's rule; null when Stripe decided without asking us */
    public record Authorization(String authorizationId, String cardId, String orgId, String agentId, long amount,
                                String currency, String merchantName, String merchantCategory, Boolean approved,
                                String declineReason, String status, String rule, String spendRequestId,
                                Instant firstSeen) {
    }

    public record SpendRequest(String requestId, String orgId, String agentId, long amount, String currency,
                               String merchantName, String merchantCategory, String purpose, Instant expiresAt,
                               String status, Long approvedAmount, long spent, Instant requestedAt, long version) {
    }

    /** @param type {@code capture} or {@code refund} */
    public record Transaction(String transactionId, String cardId, String orgId, String agentId,
                              String authorizationId, String type, long amount, String currency, String merchantName,
                              String merchantCategory, Instant occurredAt) {
    }

    public record Dispute(String disputeId, String transactionId, String orgId, String agentId, long amount,
                          String currency, String status, String reason, String lossReason, Instant updatedAt) {
    }

    public record Transactions(List<Transaction> items) {
    }

    public record Disputes(List<Dispute> items) {
    }

    public record FindTransactionsQuery(String orgId, String agentId, String type, int limit) {
    }

    public record FindDisputesQuery(String orgId, String status) {
    }

    /** @param status {@code requested} (being sent, or waiting as a dead letter), {@code succeeded}, {@code refused} */
    public record Refund(String refundId, String orgId, String paymentIntentId, long amount, String status,
                         String stripeRefundId, String error, Integer attempts, Instant requestedAt,
                         Instant updatedAt) {
    }

    public record Refunds(List<Refund> items) {
    }

    public record FindRefundsQuery(String orgId, String status) {
    }

    /**
     * One day (UTC) of an org's wallets: authorizations approved and declined (count, amount asked), and the money
     * that moved (captured, refunded), in minor units.
     */
    public record Day(LocalDate day, int approved, long approvedAmount, int declined, long declinedAmount,
                      long captured, long refunded) {
    }

    public record Totals(String orgId, Instant from, Instant to, List<Day> days) {
    }

    public record FindTotalsQuery(String orgId, Instant from, Instant to) {
    }

    /**
     * Something an operator should look at.
     *
     * @param kind {@code decline_burst} (an agent's authorizations declined again and again within an hour) or
     *             {@code spend_over_approval} (captures on a spend request's authorizations beyond what was approved)
     */
    public record Anomaly(String kind, String agentId, String subject, String detail, long value, Instant since) {
    }

    public record Anomalies(String orgId, List<Anomaly> items) {
    }

    public record FindAnomaliesQuery(String orgId, Instant at) {
    }

    public record Wallets(List<Wallet> items) {
    }

    public record Cards(List<Card> items) {
    }

    public record Authorizations(List<Authorization> items) {
    }

    public record SpendRequests(List<SpendRequest> items) {
    }

    /** Every filter optional, except the org for wallets. */
    public record FindWalletsQuery(String orgId) {
    }

    public record FindCardsQuery(String orgId, String agentId, String status) {
    }

    public record FindAuthorizationsQuery(String orgId, String agentId, Boolean approved, int limit) {
    }

    public record FindSpendRequestsQuery(String orgId, String agentId, String status) {
    }
}
