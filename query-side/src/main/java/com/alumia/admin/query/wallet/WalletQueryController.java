package com.alumia.admin.query.wallet;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.wallet.WalletViews;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The agent wallets for operators (/api/v1/admin/agent-wallet). */
@RestController
class WalletQueryController {

    private static final String BASE = "/api/v1/admin/agent-wallet";

    private final Queries queries;
    private final Clock clock;

    WalletQueryController(Queries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** Every agent wallet of an org: cards, requested vs approved vs spent, authorizations approved and declined. */
    @GetMapping(BASE + "/wallets")
    WalletViews.Wallets wallets(@RequestParam String orgId) {
        return queries.ask(new WalletViews.FindWalletsQuery(new OrgId(orgId).value()), WalletViews.Wallets.class);
    }

    @GetMapping(BASE + "/cards")
    WalletViews.Cards cards(@RequestParam(required = false) String orgId,
                            @RequestParam(required = false) String agentId,
                            @RequestParam(required = false) String status) {
        return queries.ask(new WalletViews.FindCardsQuery(orgId, agentId, status), WalletViews.Cards.class);
    }

    @GetMapping(BASE + "/authorizations")
    WalletViews.Authorizations authorizations(@RequestParam(required = false) String orgId,
                                              @RequestParam(required = false) String agentId,
                                              @RequestParam(required = false) Boolean approved,
                                              @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new WalletViews.FindAuthorizationsQuery(orgId, agentId, approved, limit),
                WalletViews.Authorizations.class);
    }

    @GetMapping(BASE + "/spend-requests")
    WalletViews.SpendRequests spendRequests(@RequestParam(required = false) String orgId,
                                            @RequestParam(required = false) String agentId,
                                            @RequestParam(required = false) String status) {
        return queries.ask(new WalletViews.FindSpendRequestsQuery(orgId, agentId, status),
                WalletViews.SpendRequests.class);
    }

    @GetMapping(BASE + "/transactions")
    WalletViews.Transactions transactions(@RequestParam(required = false) String orgId,
                                          @RequestParam(required = false) String agentId,
                                          @RequestParam(required = false) String type,
                                          @RequestParam(defaultValue = "50") int limit) {
        return queries.ask(new WalletViews.FindTransactionsQuery(orgId, agentId, type, limit),
                WalletViews.Transactions.class);
    }

    @GetMapping(BASE + "/disputes")
    WalletViews.Disputes disputes(@RequestParam(required = false) String orgId,
                                  @RequestParam(required = false) String status) {
        return queries.ask(new WalletViews.FindDisputesQuery(orgId, status), WalletViews.Disputes.class);
    }

    @GetMapping(BASE + "/refunds")
    WalletViews.Refunds refunds(@RequestParam(required = false) String orgId,
                                @RequestParam(required = false) String status) {
        return queries.ask(new WalletViews.FindRefundsQuery(orgId, status), WalletViews.Refunds.class);
    }

    /** Day by day (UTC) over {@code [from, to)}: authorizations approved and declined, captured and refunded. */
    @GetMapping(BASE + "/totals")
    WalletViews.Totals totals(@RequestParam String orgId, @RequestParam Instant from,
                              @RequestParam Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > 366) {
            throw new InvalidValueException("from must be before to, at most a year apart");
        }
        return queries.ask(new WalletViews.FindTotalsQuery(new OrgId(orgId).value(), from, to),
                WalletViews.Totals.class);
    }

    /** Decline bursts in the last hour and spend beyond approvals, for an org. */
    @GetMapping(BASE + "/anomalies")
    WalletViews.Anomalies anomalies(@RequestParam String orgId) {
        return queries.ask(new WalletViews.FindAnomaliesQuery(new OrgId(orgId).value(), clock.instant()),
                WalletViews.Anomalies.class);
    }
}
