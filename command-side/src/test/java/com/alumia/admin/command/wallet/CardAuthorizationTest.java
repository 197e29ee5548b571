package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.wallet.AuthorizationId;
import com.alumia.admin.api.wallet.AuthorizationSnapshot;
import com.alumia.admin.api.wallet.AuthorizationStatus;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.RecordAuthorizationDecisionCommand;
import com.alumia.admin.api.wallet.RecordStripeAuthorizationCommand;
import com.alumia.admin.api.wallet.WalletAuthorizationDecidedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationRecordedEvent;
import com.alumia.admin.api.wallet.WalletAuthorizationUpdatedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;

class CardAuthorizationTest {

    private static final AuthorizationId AUTH = new AuthorizationId("iauth_1");
    private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
    private static final AuthorizationSnapshot PENDING = snapshot(1250, AuthorizationStatus.PENDING);
    private static final AuthorizationSnapshot CLOSED = snapshot(1100, AuthorizationStatus.CLOSED);

    private final AggregateTestFixture<CardAuthorization> fixture =
            new AggregateTestFixture<>(CardAuthorization.class);

    private static AuthorizationSnapshot snapshot(long amount, AuthorizationStatus status) {
        return new AuthorizationSnapshot(new CardId("ic_1"), amount, "usd", "OpenAI", "computer_software_stores", true,
                null, status);
    }

    @Test
    void theFirstSnapshotRecordsTheAuthorizationAndLaterOnesUpdateIt() {
        fixture.givenNoPriorActivity()
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_1", T0, PENDING))
               .expectEvents(new WalletAuthorizationRecordedEvent(AUTH, PENDING, "evt_1", T0));
        fixture.given(new WalletAuthorizationRecordedEvent(AUTH, PENDING, "evt_1", T0))
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_2", T0.plusSeconds(60), CLOSED))
               .expectEvents(new WalletAuthorizationUpdatedEvent(AUTH, CLOSED, "evt_2", T0.plusSeconds(60)));
    }

    @Test
    void anUpdateThatOvertookItsCreationIsNotUndoneByIt() {
        fixture.given(new WalletAuthorizationRecordedEvent(AUTH, CLOSED, "evt_2", T0.plusSeconds(60)))
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_1", T0, PENDING))
               .expectNoEvents()
               .expectResultMessagePayload("stale");
        fixture.given(new WalletAuthorizationRecordedEvent(AUTH, CLOSED, "evt_2", T0.plusSeconds(60)))
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_2", T0.plusSeconds(60), CLOSED))
               .expectNoEvents()
               .expectResultMessagePayload("duplicate");
    }

    @Test
    void negativeAmountsAndMissingFieldsAreRefused() {
        fixture.givenNoPriorActivity()
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_1", T0, snapshot(-5, AuthorizationStatus.PENDING)))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.amount_negative"));
        fixture.givenNoPriorActivity()
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_1", T0, null))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.authorization_incomplete"));
    }

    @Test
    void theFirstAnswerToStripeStandsAndALaterSnapshotIsStillRecorded() {
        WalletAuthorizationDecidedEvent declined = new WalletAuthorizationDecidedEvent(AUTH, new CardId("ic_1"), 1250,
                "usd", false, "no_covering_request", null);
        fixture.givenNoPriorActivity()
               .when(new RecordAuthorizationDecisionCommand(AUTH, new CardId("ic_1"), 1250, "usd", false,
                       "no_covering_request", null))
               .expectEvents(declined)
               .expectResultMessagePayload(false);
        fixture.given(declined)
               .when(new RecordAuthorizationDecisionCommand(AUTH, new CardId("ic_1"), 1250, "usd", true,
                       "spend_request", null))
               .expectNoEvents()
               .expectResultMessagePayload(false);
        fixture.given(declined)
               .when(new RecordStripeAuthorizationCommand(AUTH, "evt_1", T0, PENDING))
               .expectEvents(new WalletAuthorizationRecordedEvent(AUTH, PENDING, "evt_1", T0));
    }
}
