package com.alumia.admin.command.wallet;

import com.alumia.admin.api.wallet.ApproveSpendCommand;
import com.alumia.admin.api.wallet.AuthorizationId;
import com.alumia.admin.api.wallet.DeclineSpendCommand;
import com.alumia.admin.api.wallet.RequestSpendCommand;
import com.alumia.admin.api.wallet.ReserveSpendCommand;
import com.alumia.admin.api.wallet.SpendRequestId;
import com.alumia.admin.api.wallet.SpendScope;
import com.alumia.admin.api.wallet.WalletSpendApprovedEvent;
import com.alumia.admin.api.wallet.WalletSpendDeclinedEvent;
import com.alumia.admin.api.wallet.WalletSpendRequestedEvent;
import com.alumia.admin.api.wallet.WalletSpendReservedEvent;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.optionalText;
import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * An agent's request to spend from its wallet: pending until an operator approves it (whole or in part) or
 * declines it, and of no use once it has expired.
 */
@Aggregate
class SpendRequest {

    private static final Pattern CURRENCY = Pattern.compile("[a-z]{3}");
    private static final Duration MAX_AHEAD = Duration.ofDays(90);

    private enum State { PENDING, APPROVED, DECLINED }

    @AggregateIdentifier
    private SpendRequestId requestId;
    private long amount;
    private String currency;
    private SpendScope scope;
    private Instant expiresAt;
    private State state;
    private long approved;
    private long reserved;
    private final Set<AuthorizationId> reservedFor = new HashSet<>();

    SpendRequest() {
    }

    @CommandHandler
    SpendRequest(RequestSpendCommand command) {
        if (command.org() == null) {
            throw DomainException.invalid("wallet.org_required", "a spend request names its org");
        }
        if (command.amount() <= 0) {
            throw DomainException.invalid("wallet.amount_not_positive", "a spend request is for more than zero");
        }
        String currency = command.currency() == null ? "" : command.currency().toLowerCase(Locale.ROOT);
        if (!CURRENCY.matcher(currency).matches()) {
            throw DomainException.invalid("wallet.currency_invalid", "currency is a three-letter ISO code");
        }
        SpendScope scope = command.scope() == null ? new SpendScope(null, null) : command.scope();
        String merchant = optionalText("merchantName", scope.merchantName(), 200);
        String category = optionalText("merchantCategory", scope.merchantCategory(), 100);
        if (merchant == null && category == null) {
            throw DomainException.invalid("wallet.scope_required", "a spend request names a merchant or a category");
        }
        Instant now = GenericEventMessage.clock.instant();
        if (command.expiresAt() == null || !command.expiresAt().isAfter(now)
            || command.expiresAt().isAfter(now.plus(MAX_AHEAD))) {
            throw DomainException.invalid("wallet.expiry_invalid",
                    "a spend request expires after now and at most " + MAX_AHEAD.toDays() + " days ahead");
        }
        apply(new WalletSpendRequestedEvent(command.requestId(), command.org(),
                requireText("agentId", command.agentId(), 140), command.amount(), currency,
                new SpendScope(merchant, category), requireText("purpose", command.purpose(), 1_000),
                command.expiresAt()));
    }

    @CommandHandler
    long handle(ApproveSpendCommand command) {
        requireOpen("approve");
        long approved = command.amount() == null ? amount : command.amount();
        if (approved <= 0 || approved > amount) {
            throw DomainException.invalid("wallet.approval_amount",
                    "an approval is for more than zero and at most the " + amount + " requested");
        }
        apply(new WalletSpendApprovedEvent(requestId, amount, approved, expiresAt));
        return getVersion();
    }

    @CommandHandler
    long handle(DeclineSpendCommand command) {
        requireOpen("decline");
        apply(new WalletSpendDeclinedEvent(requestId));
        return getVersion();
    }

    /** @return {@code reserved}, or {@code already} when this authorization took its part before */
    @CommandHandler
    String handle(ReserveSpendCommand command) {
        if (reservedFor.contains(command.authorizationId())) {
            return "already";
        }
        String refusal = state != State.APPROVED ? "the request is not approved"
                : !GenericEventMessage.clock.instant().isBefore(expiresAt) ? "the request expired at " + expiresAt
                : !currency.equalsIgnoreCase(String.valueOf(command.currency())) ? "the request is in " + currency
                : scope.merchantName() != null && !scope.merchantName().equalsIgnoreCase(
                        String.valueOf(command.merchantName())) ? "the request is for " + scope.merchantName()
                : scope.merchantCategory() != null && !scope.merchantCategory().equals(command.merchantCategory())
                        ? "the request is for " + scope.merchantCategory()
                : command.amount() <= 0 || command.amount() > approved - reserved
                        ? "the request has " + (approved - reserved) + " left"
                : null;
        if (refusal != null) {
            throw DomainException.conflict("wallet.not_covered", refusal, Map.of("requestId", requestId.value()));
        }
        apply(new WalletSpendReservedEvent(requestId, command.authorizationId(), command.amount()));
        return "reserved";
    }

    private void requireOpen(String action) {
        if (state != State.PENDING) {
            throw DomainException.conflict("wallet.request_decided", "The request is " + state.name().toLowerCase()
                    + " already", Map.of("state", state.name().toLowerCase()));
        }
        if (!GenericEventMessage.clock.instant().isBefore(expiresAt)) {
            throw DomainException.conflict("wallet.request_expired", "The request expired at " + expiresAt
                    + "; it cannot be " + action + "d", Map.of("expiresAt", expiresAt.toString()));
        }
    }

    @EventSourcingHandler
    void on(WalletSpendRequestedEvent event) {
        requestId = event.requestId();
        amount = event.amount();
        currency = event.currency();
        scope = event.scope();
        expiresAt = event.expiresAt();
        state = State.PENDING;
    }

    @EventSourcingHandler
    void on(WalletSpendApprovedEvent event) {
        state = State.APPROVED;
        approved = event.approved();
    }

    @EventSourcingHandler
    void on(WalletSpendReservedEvent event) {
        reserved += event.amount();
        reservedFor.add(event.authorizationId());
    }

    @EventSourcingHandler
    void on(WalletSpendDeclinedEvent event) {
        state = State.DECLINED;
    }
}
