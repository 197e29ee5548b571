package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.wallet.CardAction;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.CardStatus;
import com.alumia.admin.api.wallet.IgnoreStripeEventCommand;
import com.alumia.admin.api.wallet.RecordCardActionOutcomeCommand;
import com.alumia.admin.api.wallet.RecordStripeCardCommand;
import com.alumia.admin.api.wallet.RequestCardActionCommand;
import com.alumia.admin.api.wallet.WalletCardActionRequestedEvent;
import com.alumia.admin.api.wallet.WalletCardActionSettledEvent;
import com.alumia.admin.api.wallet.StripeEventIgnoredEvent;
import com.alumia.admin.api.wallet.WalletCardIssuedEvent;
import com.alumia.admin.api.wallet.WalletCardStatusChangedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;

class CardTest {

    private static final CardId CARD = new CardId("ic_1");
    private static final OrgId ORG = new OrgId("org-wallet");
    private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");

    private final AggregateTestFixture<Card> fixture = new AggregateTestFixture<>(Card.class);

    private static RecordStripeCardCommand snapshot(String eventId, Instant at, CardStatus status, String reason) {
        return new RecordStripeCardCommand(CARD, eventId, at, ORG, "agent-7", "4242", "Visa", "usd", status, reason);
    }

    private static WalletCardIssuedEvent issued(String eventId, Instant at, CardStatus status) {
        return new WalletCardIssuedEvent(CARD, ORG, "agent-7", "4242", "Visa", "usd", status, eventId, at);
    }

    @Test
    void theFirstSnapshotIssuesTheCard() {
        fixture.givenNoPriorActivity()
               .when(snapshot("evt_1", T0, CardStatus.ACTIVE, null))
               .expectEvents(issued("evt_1", T0, CardStatus.ACTIVE))
               .expectResultMessagePayload("recorded");
    }

    @Test
    void aSecondDeliveryOfAnEventChangesNothing() {
        fixture.given(issued("evt_1", T0, CardStatus.ACTIVE))
               .when(snapshot("evt_1", T0, CardStatus.ACTIVE, null))
               .expectNoEvents()
               .expectResultMessagePayload("duplicate");
    }

    @Test
    void aStatusChangeKeepsTheCancellationReason() {
        fixture.given(issued("evt_1", T0, CardStatus.ACTIVE))
               .when(snapshot("evt_2", T0.plusSeconds(5), CardStatus.CANCELED, "stolen"))
               .expectEvents(new WalletCardStatusChangedEvent(CARD, CardStatus.ACTIVE, CardStatus.CANCELED, "stolen",
                       "evt_2", T0.plusSeconds(5)));
    }

    @Test
    void anOlderSnapshotThanTheNewestTakenIsStale() {
        fixture.given(issued("evt_2", T0.plusSeconds(30), CardStatus.INACTIVE))
               .when(snapshot("evt_1", T0, CardStatus.ACTIVE, null))
               .expectNoEvents()
               .expectResultMessagePayload("stale");
    }

    @Test
    void aSnapshotWithoutStatusIsRefused() {
        fixture.givenNoPriorActivity()
               .when(snapshot("evt_1", T0, null, null))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.card_incomplete"));
    }

    @Test
    void anIgnoredTypeIsRecordedOnce() {
        AggregateTestFixture<IgnoredStripeEvent> ignored = new AggregateTestFixture<>(IgnoredStripeEvent.class);
        ignored.givenNoPriorActivity()
               .when(new IgnoreStripeEventCommand("evt_x", "charge.succeeded"))
               .expectEvents(new StripeEventIgnoredEvent("evt_x", "charge.succeeded"))
               .expectResultMessagePayload("ignored");
        ignored.given(new StripeEventIgnoredEvent("evt_x", "charge.succeeded"))
               .when(new IgnoreStripeEventCommand("evt_x", "charge.succeeded"))
               .expectNoEvents()
               .expectResultMessagePayload("duplicate");
    }

    @Test
    void anActionIsSentOnceAndSettledByStripesAnswer() {
        fixture.given(issued("evt_1", T0, CardStatus.ACTIVE))
               .when(new RequestCardActionCommand(CARD, "ca_1", CardAction.FREEZE))
               .expectEvents(new WalletCardActionRequestedEvent(CARD, "ca_1", CardAction.FREEZE));
        fixture.given(issued("evt_1", T0, CardStatus.ACTIVE),
                      new WalletCardActionRequestedEvent(CARD, "ca_1", CardAction.FREEZE))
               .when(new RecordCardActionOutcomeCommand(CARD, "ca_1", true, null))
               .expectEvents(new WalletCardActionSettledEvent(CARD, "ca_1", CardAction.FREEZE, true, null));
        fixture.given(issued("evt_1", T0, CardStatus.ACTIVE))
               .when(new RecordCardActionOutcomeCommand(CARD, "ca_9", true, null))
               .expectNoEvents();
    }

    @Test
    void aCanceledCardTakesNoMoreActions() {
        fixture.given(issued("evt_1", T0, CardStatus.CANCELED))
               .when(new RequestCardActionCommand(CARD, "ca_1", CardAction.UNFREEZE))
               .expectException(rule(RuleViolation.Kind.CONFLICT, "wallet.card_canceled"));
    }
}
