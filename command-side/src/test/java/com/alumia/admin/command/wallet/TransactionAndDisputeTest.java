package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.wallet.DisputeSnapshot;
import com.alumia.admin.api.wallet.RecordStripeDisputeCommand;
import com.alumia.admin.api.wallet.RecordStripeTransactionCommand;
import com.alumia.admin.api.wallet.TransactionSnapshot;
import com.alumia.admin.api.wallet.WalletDisputeRecordedEvent;
import com.alumia.admin.api.wallet.WalletTransactionRecordedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;

class TransactionAndDisputeTest {

    private static final Instant T0 = Instant.parse("2026-11-24T03:00:00Z");
    private static final TransactionSnapshot CAPTURE = new TransactionSnapshot("ic_1", "iauth_1", "capture", 1250,
            "usd", "OpenAI", "computer_software_stores");
    private static final DisputeSnapshot SUBMITTED = new DisputeSnapshot("ipi_1", 1250, "usd", "submitted",
            "fraudulent", null);
    private static final DisputeSnapshot LOST = new DisputeSnapshot("ipi_1", 1250, "usd", "lost", "fraudulent",
            "bank_cannot_process");

    @Test
    void aTransactionIsRecordedOnceAndNeverWithANegativeAmount() {
        AggregateTestFixture<CardTransaction> fixture = new AggregateTestFixture<>(CardTransaction.class);
        fixture.givenNoPriorActivity()
               .when(new RecordStripeTransactionCommand("ipi_1", "evt_1", T0, CAPTURE))
               .expectEvents(new WalletTransactionRecordedEvent("ipi_1", CAPTURE, "evt_1", T0));
        fixture.given(new WalletTransactionRecordedEvent("ipi_1", CAPTURE, "evt_1", T0))
               .when(new RecordStripeTransactionCommand("ipi_1", "evt_2", T0, CAPTURE))
               .expectNoEvents()
               .expectResultMessagePayload("duplicate");
        fixture.givenNoPriorActivity()
               .when(new RecordStripeTransactionCommand("ipi_1", "evt_1", T0, new TransactionSnapshot("ic_1", null,
                       "capture", -1, "usd", null, null)))
               .expectException(rule(RuleViolation.Kind.INVALID, "wallet.amount_negative"));
    }

    @Test
    void aDisputeFollowsItsNewestSnapshot() {
        AggregateTestFixture<CardDispute> fixture = new AggregateTestFixture<>(CardDispute.class);
        fixture.given(new WalletDisputeRecordedEvent("idp_1", SUBMITTED, "evt_1", T0))
               .when(new RecordStripeDisputeCommand("idp_1", "evt_2", T0.plusSeconds(60), LOST))
               .expectEvents(new WalletDisputeRecordedEvent("idp_1", LOST, "evt_2", T0.plusSeconds(60)));
        fixture.given(new WalletDisputeRecordedEvent("idp_1", LOST, "evt_2", T0.plusSeconds(60)))
               .when(new RecordStripeDisputeCommand("idp_1", "evt_1", T0, SUBMITTED))
               .expectNoEvents()
               .expectResultMessagePayload("stale");
    }
}
