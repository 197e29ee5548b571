package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.runtime.FindControlQuery;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.ResolvedControl;
import com.alumia.admin.api.wallet.AuthorizationId;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.FindCoveringSpendRequestsQuery;
import com.alumia.admin.api.wallet.RecordAuthorizationDecisionCommand;
import com.alumia.admin.api.wallet.ReserveSpendCommand;
import com.alumia.admin.api.wallet.SpendRequestId;
import com.alumia.admin.api.wallet.SpendRequestIds;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Stripe's real-time question, "approve this authorization?", answered by our rules in this order:
 * <ol>
 *   <li>a card without an org and agent in its metadata belongs to no wallet: decline ({@code unknown_wallet});</li>
 *   <li>the wallet kill switch (runtime flag {@code wallet.kill_switch}, per org) is on: decline
 *       ({@code kill_switch});</li>
 *   <li>an approved, unexpired spend request of the agent covers the amount, currency and merchant or category,
 *       and its remainder is taken for this authorization: approve ({@code spend_request});</li>
 *   <li>nothing covers it: decline ({@code no_covering_request}), the safe default.</li>
 * </ol>
 * The answer is recorded with its rule; asked again for the same authorization, the first answer stands.
 */
@Component
class AuthorizationDecisions {

    static final FlagKey KILL_SWITCH = new FlagKey("wallet.kill_switch");

    record Request(AuthorizationId authorizationId, CardId cardId, OrgId org, String agentId, long amount,
                   String currency, String merchantName, String merchantCategory) {
    }

    private final CommandSender commands;
    private final QueryGateway queries;
    private final Clock clock;

    AuthorizationDecisions(CommandSender commands, QueryGateway queries, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.clock = clock;
    }

    boolean decide(Request request) {
        String rule;
        SpendRequestId covering = null;
        if (request.org() == null || request.agentId() == null) {
            rule = "unknown_wallet";
        } else if (killSwitchOn(request.org())) {
            rule = "kill_switch";
        } else {
            covering = reserve(request);
            rule = covering == null ? "no_covering_request" : "spend_request";
        }
        return commands.send(new RecordAuthorizationDecisionCommand(request.authorizationId(), request.cardId(),
                request.amount(), request.currency(), covering != null, rule, covering));
    }

    private boolean killSwitchOn(OrgId org) {
        return queries.query(new FindControlQuery(KILL_SWITCH, org), ResponseTypes.optionalInstanceOf(
                ResolvedControl.class)).join().map(c -> Boolean.TRUE.equals(c.value())).orElse(false);
    }

    /** The first covering request that lets this authorization take its part. */
    private SpendRequestId reserve(Request request) {
        SpendRequestIds candidates = queries.query(new FindCoveringSpendRequestsQuery(request.org(),
                request.agentId(), request.amount(), request.currency(), request.merchantName(),
                request.merchantCategory(), clock.instant()), SpendRequestIds.class).join();
        for (SpendRequestId candidate : candidates.items()) {
            try {
                commands.send(new ReserveSpendCommand(candidate, request.authorizationId(), request.amount(),
                        request.currency(), request.merchantName(), request.merchantCategory()));
                return candidate;
            } catch (DomainException | ConcurrencyException notCovered) {
                // taken meanwhile (here, or on another node at the same moment), or not covering after all: try
                // the next one rather than leave Stripe without an answer
            }
        }
        return null;
    }
}
