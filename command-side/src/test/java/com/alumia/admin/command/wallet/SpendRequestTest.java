package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
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
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;

class SpendRequestTest {

    private static final SpendRequestId ID = new SpendRequestId("sr_1");
    private static final OrgId ORG = new OrgId("org-wallet");
    private static final Instant NOW = Instant.parse("2026-11-24T03:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(2));
    private static final SpendScope OPENAI = new SpendScope("OpenAI", "computer_software_stores");
    private static final WalletSpendRequestedEvent REQUESTED = new WalletSpendRequestedEvent(ID, ORG, "agent-7",
            5_000, "usd", OPENAI, "API credits for the research run", EXPIRES);

    private final AggregateTestFixture<SpendRequest> fixture = new AggregateTestFixture<>(SpendRequest.class);

    private RequestSpendCommand request(long amount, String currency, SpendScope scope, Instant expires) {
        return new RequestSpendCommand(ID, ORG, "agent-7", amount, currency, scope, "API credits for the research run",
                expires);
    }

    @Test
    void anAgentAsksToSpend() {
        fixture.givenCurrentTime(NOW)
               .when(request(5_000, "USD", OPENAI, EXPIRES))
               .expectEvents(REQUESTED);
    }

    @Test
    void requestsThatBreakARuleAreRefused() {
        fixture.givenCurrentTime(NOW).when(request(0, "usd", OPENAI, EXPIRES))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.amount_not_positive"));
        fixture.givenCurrentTime(NOW).when(request(-1, "usd", OPENAI, EXPIRES))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.amount_not_positive"));
        fixture.givenCurrentTime(NOW).when(request(100, "dollars", OPENAI, EXPIRES))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.currency_invalid"));
        fixture.givenCurrentTime(NOW).when(request(100, "usd", new SpendScope(" ", null), EXPIRES))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.scope_required"));
        fixture.givenCurrentTime(NOW).when(request(100, "usd", OPENAI, NOW.minusSeconds(1)))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.expiry_invalid"));
    }

    @Test
    void anApprovalMayBeForLessThanWasAsked() {
        fixture.given(REQUESTED).andGivenCurrentTime(NOW)
               .when(new ApproveSpendCommand(ID, 0L, 3_000L))
               .expectEvents(new WalletSpendApprovedEvent(ID, 5_000, 3_000, EXPIRES));
        fixture.given(REQUESTED).andGivenCurrentTime(NOW)
               .when(new ApproveSpendCommand(ID, 0L, null))
               .expectEvents(new WalletSpendApprovedEvent(ID, 5_000, 5_000, EXPIRES));
        fixture.given(REQUESTED).andGivenCurrentTime(NOW)
               .when(new ApproveSpendCommand(ID, 0L, 6_000L))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.approval_amount"));
    }

    @Test
    void anExpiredOrDecidedRequestCannotBeApproved() {
        fixture.given(REQUESTED).andGivenCurrentTime(EXPIRES.plusSeconds(1))
               .when(new ApproveSpendCommand(ID, 0L, null))
               .expectNoEvents()
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.request_expired"));
        fixture.given(REQUESTED, new WalletSpendDeclinedEvent(ID)).andGivenCurrentTime(NOW)
               .when(new ApproveSpendCommand(ID, 1L, null))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.request_decided"));
        fixture.given(REQUESTED).andGivenCurrentTime(NOW)
               .when(new DeclineSpendCommand(ID, 0L))
               .expectEvents(new WalletSpendDeclinedEvent(ID));
    }

    private static final AuthorizationId AUTH = new AuthorizationId("iauth_1");
    private static final WalletSpendApprovedEvent APPROVED = new WalletSpendApprovedEvent(ID, 5_000, 3_000, EXPIRES);

    private static ReserveSpendCommand reserve(AuthorizationId auth, long amount, String merchant) {
        return new ReserveSpendCommand(ID, auth, amount, "usd", merchant, "computer_software_stores");
    }

    @Test
    void anAuthorizationTakesPartOfAnApprovalOnceAndNeverMoreThanIsLeft() {
        fixture.given(REQUESTED, APPROVED).andGivenCurrentTime(NOW)
               .when(reserve(AUTH, 2_000, "openai"))
               .expectEvents(new WalletSpendReservedEvent(ID, AUTH, 2_000))
               .expectResultMessagePayload("reserved");
        fixture.given(REQUESTED, APPROVED, new WalletSpendReservedEvent(ID, AUTH, 2_000)).andGivenCurrentTime(NOW)
               .when(reserve(AUTH, 2_000, "OpenAI"))
               .expectNoEvents()
               .expectResultMessagePayload("already");
        fixture.given(REQUESTED, APPROVED, new WalletSpendReservedEvent(ID, AUTH, 2_000)).andGivenCurrentTime(NOW)
               .when(reserve(new AuthorizationId("iauth_2"), 1_500, "OpenAI"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.not_covered"));
    }

    @Test
    void anApprovalCoversOnlyItsMerchantItsCurrencyAndItsTime() {
        fixture.given(REQUESTED, APPROVED).andGivenCurrentTime(NOW)
               .when(reserve(AUTH, 100, "Anthropic"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.not_covered"));
        fixture.given(REQUESTED, APPROVED).andGivenCurrentTime(NOW)
               .when(new ReserveSpendCommand(ID, AUTH, 100, "eur", "OpenAI", "computer_software_stores"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.not_covered"));
        fixture.given(REQUESTED, APPROVED).andGivenCurrentTime(EXPIRES)
               .when(reserve(AUTH, 100, "OpenAI"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.not_covered"));
        fixture.given(REQUESTED).andGivenCurrentTime(NOW)
               .when(reserve(AUTH, 100, "OpenAI"))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.not_covered"));
    }
}
