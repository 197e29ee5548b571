package com.alumia.admin.query.wallet;

import com.alumia.admin.api.wallet.WalletViews;
import com.alumia.admin.api.wallet.WalletViews.Authorizations;
import com.alumia.admin.api.wallet.WalletViews.Cards;
import com.alumia.admin.api.wallet.WalletViews.SpendRequests;
import com.alumia.admin.api.wallet.WalletViews.Wallets;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.SqlWhere;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import static com.alumia.admin.query.common.BatchedWrites.instant;

/** The wallets screen's reads over the wallet projections. */
@Component
class WalletQueries {

    private final JdbcTemplate jdbc;

    WalletQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }


    @QueryHandler
    Wallets handle(WalletViews.FindWalletsQuery query) {
        return new Wallets(jdbc.query("""
                SELECT a.org_id, a.agent_id,
                       (SELECT count(*) FROM wallet_card c WHERE c.org_id = a.org_id AND c.agent_id = a.agent_id),
                       COALESCE((SELECT sum(s.amount) FROM wallet_spend_request s
                                 WHERE s.org_id = a.org_id AND s.agent_id = a.agent_id), 0),
                       COALESCE((SELECT sum(s.approved_amount) FROM wallet_spend_request s
                                 WHERE s.org_id = a.org_id AND s.agent_id = a.agent_id), 0),
                       COALESCE((SELECT sum(s.reserved) FROM wallet_spend_request s
                                 WHERE s.org_id = a.org_id AND s.agent_id = a.agent_id), 0),
                       (SELECT count(*) FROM wallet_authorization w JOIN wallet_card c ON c.card_id = w.card_id
                        WHERE c.org_id = a.org_id AND c.agent_id = a.agent_id AND w.approved),
                       (SELECT count(*) FROM wallet_authorization w JOIN wallet_card c ON c.card_id = w.card_id
                        WHERE c.org_id = a.org_id AND c.agent_id = a.agent_id AND NOT w.approved)
                FROM (SELECT org_id, agent_id FROM wallet_card WHERE org_id = ? AND agent_id IS NOT NULL
                      UNION SELECT org_id, agent_id FROM wallet_spend_request WHERE org_id = ?) a
                ORDER BY a.agent_id""", (rs, n) -> new WalletViews.Wallet(rs.getString(1), rs.getString(2),
                rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getInt(7), rs.getInt(8)),
                query.orgId(), query.orgId()));
    }

    @QueryHandler
    Cards handle(WalletViews.FindCardsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId()).and("agent_id", query.agentId())
                           .and("status", upper(query.status()));
        return new Cards(jdbc.query("SELECT * FROM wallet_card" + where.sql() + " ORDER BY updated_at DESC, card_id",
                (rs, n) -> new WalletViews.Card(rs.getString("card_id"), rs.getString("org_id"),
                        rs.getString("agent_id"), rs.getString("last4"), rs.getString("brand"),
                        rs.getString("currency"), lower(rs.getString("status")), rs.getString("reason"),
                        instant(rs, "updated_at")), where.args()));
    }

    @QueryHandler
    Authorizations handle(WalletViews.FindAuthorizationsQuery query) {
        SqlWhere where = new SqlWhere().and("c.org_id", query.orgId()).and("c.agent_id", query.agentId())
                           .and("w.approved", query.approved());
        where.then(Limits.clamp(query.limit()));
        return new Authorizations(jdbc.query("SELECT w.*, c.org_id, c.agent_id FROM wallet_authorization w "
                                             + "LEFT JOIN wallet_card c ON c.card_id = w.card_id" + where.sql()
                                             + " ORDER BY w.first_seen DESC, w.authorization_id LIMIT ?",
                (rs, n) -> new WalletViews.Authorization(rs.getString("authorization_id"), rs.getString("card_id"),
                        rs.getString("org_id"), rs.getString("agent_id"), rs.getLong("amount"),
                        rs.getString("currency"), rs.getString("merchant_name"), rs.getString("merchant_category"),
                        rs.getObject("approved", Boolean.class), rs.getString("decline_reason"),
                        lower(rs.getString("status")), rs.getString("rule"), rs.getString("spend_request_id"),
                        instant(rs, "first_seen")), where.args()));
    }

    @QueryHandler
    SpendRequests handle(WalletViews.FindSpendRequestsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId()).and("agent_id", query.agentId())
                           .and("status", upper(query.status()));
        return new SpendRequests(jdbc.query("SELECT * FROM wallet_spend_request" + where.sql()
                                            + " ORDER BY requested_at DESC, request_id",
                (rs, n) -> new WalletViews.SpendRequest(rs.getString("request_id"), rs.getString("org_id"),
                        rs.getString("agent_id"), rs.getLong("amount"), rs.getString("currency"),
                        rs.getString("merchant_name"), rs.getString("merchant_category"), rs.getString("purpose"),
                        instant(rs, "expires_at"), lower(rs.getString("status")),
                        rs.getObject("approved_amount", Long.class), rs.getLong("reserved"),
                        instant(rs, "requested_at"), rs.getLong("version")), where.args()));
    }

    @QueryHandler
    WalletViews.Transactions handle(WalletViews.FindTransactionsQuery query) {
        SqlWhere where = new SqlWhere().and("c.org_id", query.orgId()).and("c.agent_id", query.agentId())
                           .and("t.tx_type", query.type());
        where.then(Limits.clamp(query.limit()));
        return new WalletViews.Transactions(jdbc.query("SELECT t.*, c.org_id, c.agent_id FROM wallet_transaction t "
                                                       + "LEFT JOIN wallet_card c ON c.card_id = t.card_id"
                                                       + where.sql() + " ORDER BY t.occurred_at DESC, t.transaction_id "
                                                       + "LIMIT ?",
                (rs, n) -> new WalletViews.Transaction(rs.getString("transaction_id"), rs.getString("card_id"),
                        rs.getString("org_id"), rs.getString("agent_id"), rs.getString("authorization_id"),
                        rs.getString("tx_type"), rs.getLong("amount"), rs.getString("currency"),
                        rs.getString("merchant_name"), rs.getString("merchant_category"),
                        instant(rs, "occurred_at")), where.args()));
    }

    @QueryHandler
    WalletViews.Disputes handle(WalletViews.FindDisputesQuery query) {
        SqlWhere where = new SqlWhere().and("c.org_id", query.orgId()).and("d.status", query.status());
        return new WalletViews.Disputes(jdbc.query("SELECT d.*, c.org_id, c.agent_id FROM wallet_dispute d "
                                                   + "LEFT JOIN wallet_transaction t ON t.transaction_id = "
                                                   + "d.transaction_id LEFT JOIN wallet_card c ON c.card_id = t.card_id"
                                                   + where.sql() + " ORDER BY d.updated_at DESC, d.dispute_id",
                (rs, n) -> new WalletViews.Dispute(rs.getString("dispute_id"), rs.getString("transaction_id"),
                        rs.getString("org_id"), rs.getString("agent_id"), rs.getLong("amount"),
                        rs.getString("currency"), rs.getString("status"), rs.getString("reason"),
                        rs.getString("loss_reason"), instant(rs, "updated_at")), where.args()));
    }

    @QueryHandler
    WalletViews.Refunds handle(WalletViews.FindRefundsQuery query) {
        SqlWhere where = new SqlWhere().and("org_id", query.orgId()).and("status", query.status());
        return new WalletViews.Refunds(jdbc.query("SELECT * FROM wallet_refund" + where.sql()
                                                  + " ORDER BY requested_at DESC, refund_id",
                (rs, n) -> new WalletViews.Refund(rs.getString("refund_id"), rs.getString("org_id"),
                        rs.getString("payment_intent_id"), rs.getLong("amount"), rs.getString("status"),
                        rs.getString("stripe_refund_id"), rs.getString("error"),
                        rs.getObject("attempts", Integer.class), instant(rs, "requested_at"),
                        instant(rs, "updated_at")), where.args()));
    }

    /** Declines of one agent within this window that make a burst. */
    static final int BURST = 5;
    static final Duration BURST_WINDOW = Duration.ofHours(1);

    @QueryHandler
    WalletViews.Totals handle(WalletViews.FindTotalsQuery query) {
        TreeMap<LocalDate, long[]> days = new TreeMap<>();
        OffsetDateTime from = OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC);
        OffsetDateTime to = OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC);
        jdbc.query("SELECT w.first_seen, w.approved, w.amount FROM wallet_authorization w JOIN wallet_card c "
                   + "ON c.card_id = w.card_id WHERE c.org_id = ? AND w.first_seen >= ? AND w.first_seen < ? "
                   + "AND w.approved IS NOT NULL", rs -> {
            long[] day = day(days, rs.getObject(1, OffsetDateTime.class));
            int offset = rs.getBoolean(2) ? 0 : 2;
            day[offset]++;
            day[offset + 1] += rs.getLong(3);
        }, query.orgId(), from, to);
        jdbc.query("SELECT t.occurred_at, t.tx_type, t.amount FROM wallet_transaction t JOIN wallet_card c "
                   + "ON c.card_id = t.card_id WHERE c.org_id = ? AND t.occurred_at >= ? AND t.occurred_at < ?", rs -> {
            long[] day = day(days, rs.getObject(1, OffsetDateTime.class));
            day["refund".equals(rs.getString(2)) ? 5 : 4] += rs.getLong(3);
        }, query.orgId(), from, to);
        List<WalletViews.Day> result = new ArrayList<>();
        days.forEach((date, d) -> result.add(new WalletViews.Day(date, (int) d[0], d[1], (int) d[2], d[3], d[4],
                d[5])));
        return new WalletViews.Totals(query.orgId(), query.from(), query.to(), result);
    }

    private static long[] day(Map<LocalDate, long[]> days, OffsetDateTime at) {
        return days.computeIfAbsent(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(),
                d -> new long[6]);
    }

    @QueryHandler
    WalletViews.Anomalies handle(WalletViews.FindAnomaliesQuery query) {
        List<WalletViews.Anomaly> anomalies = new ArrayList<>();
        jdbc.query("SELECT c.agent_id, count(*), min(w.first_seen) FROM wallet_authorization w JOIN wallet_card c "
                   + "ON c.card_id = w.card_id WHERE c.org_id = ? AND NOT w.approved AND w.first_seen >= ? "
                   + "GROUP BY c.agent_id HAVING count(*) >= ?", rs -> {
            anomalies.add(new WalletViews.Anomaly("decline_burst", rs.getString(1), rs.getString(1),
                    rs.getLong(2) + " authorizations declined within " + BURST_WINDOW.toMinutes() + " minutes",
                    rs.getLong(2), rs.getObject(3, OffsetDateTime.class).toInstant()));
        }, query.orgId(), OffsetDateTime.ofInstant(query.at().minus(BURST_WINDOW), ZoneOffset.UTC), BURST);
        jdbc.query("SELECT s.request_id, s.agent_id, s.approved_amount, sum(t.amount), min(t.occurred_at) "
                   + "FROM wallet_spend_request s JOIN wallet_authorization w ON w.spend_request_id = s.request_id "
                   + "JOIN wallet_transaction t ON t.authorization_id = w.authorization_id AND t.tx_type = 'capture' "
                   + "WHERE s.org_id = ? GROUP BY s.request_id, s.agent_id, s.approved_amount "
                   + "HAVING sum(t.amount) > s.approved_amount", rs -> {
            anomalies.add(new WalletViews.Anomaly("spend_over_approval", rs.getString(2), rs.getString(1),
                    "captured " + rs.getLong(4) + " against " + rs.getLong(3) + " approved", rs.getLong(4) - rs.getLong(3),
                    rs.getObject(5, OffsetDateTime.class).toInstant()));
        }, query.orgId());
        return new WalletViews.Anomalies(query.orgId(), anomalies);
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    private static String lower(String value) {
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

}
