package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.wallet.RecordRefundOutcomeCommand;
import com.alumia.admin.api.wallet.RefundId;
import com.alumia.admin.api.wallet.RequestRefundCommand;
import com.alumia.admin.api.wallet.WalletRefundFailedEvent;
import com.alumia.admin.api.wallet.WalletRefundRequestedEvent;
import com.alumia.admin.api.wallet.WalletRefundSucceededEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import static com.alumia.admin.command.common.BrokenRule.rule;

class RefundTest {

    private static final RefundId ID = new RefundId("rf_1");
    private static final OrgId ORG = new OrgId("org-refund");
    private static final WalletRefundRequestedEvent REQUESTED = new WalletRefundRequestedEvent(ID, ORG, "pi_1", 1_000);

    private final AggregateTestFixture<Refund> fixture = new AggregateTestFixture<>(Refund.class);

    @Test
    void aRefundIsAskedForAPaymentAndAnAmountAboveZero() {
        fixture.givenNoPriorActivity().when(new RequestRefundCommand(ID, ORG, "pi_1", 1_000))
               .expectEvents(REQUESTED);
        fixture.givenNoPriorActivity().when(new RequestRefundCommand(ID, ORG, "pi_1", 0))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.amount_not_positive"));
        fixture.givenNoPriorActivity().when(new RequestRefundCommand(ID, ORG, "ch_1", 10))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.payment_intent_invalid"));
    }

    @Test
    void theFirstOutcomeStands() {
        fixture.given(REQUESTED).when(new RecordRefundOutcomeCommand(ID, true, "re_1", "succeeded", null, 2))
               .expectEvents(new WalletRefundSucceededEvent(ID, "re_1", "succeeded", 2));
        fixture.given(REQUESTED, new WalletRefundSucceededEvent(ID, "re_1", "succeeded", 2))
               .when(new RecordRefundOutcomeCommand(ID, true, "re_1", "succeeded", null, 3))
               .expectNoEvents();
        fixture.given(REQUESTED).when(new RecordRefundOutcomeCommand(ID, false, null, null, "already refunded", 1))
               .expectEvents(new WalletRefundFailedEvent(ID, "already refunded", 1));
    }
}
