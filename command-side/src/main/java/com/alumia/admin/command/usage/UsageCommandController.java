package com.alumia.admin.command.usage;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.usage.RecordUsageCommand;
import com.alumia.admin.api.usage.ReportPaymentStatusCommand;
import com.alumia.admin.api.usage.SetBudgetCommand;
import com.alumia.admin.api.usage.UsageRecord;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Usage from services ({@code POST /api/v1/usage}, service role {@code ingest}): batches of records, each counted
 * once. Budgets set by operators, and payment status reported by billing.
 */
@RestController
class UsageCommandController {

    private final CommandSender commands;
    private final UsageClaims claims;
    private final KnownOrgs orgs;

    UsageCommandController(CommandSender commands, UsageClaims claims, KnownOrgs orgs) {
        this.commands = commands;
        this.claims = claims;
        this.orgs = orgs;
    }

    record BatchBody(@NotBlank @Size(max = 140) String batchId, @NotBlank String source,
                     @NotNull List<UsageRecord> records) {
    }

    /**
     * @param recorded   records stored now
     * @param duplicate  the batch itself was received before (nothing stored again)
     * @param duplicates event ids of records reported before in other batches, skipped
     */
    record BatchReceipt(String batchId, int recorded, boolean duplicate, List<String> duplicates) {
    }

    record BudgetBody(long monthlyLimitMicros, Integer nearPercent, @NotBlank @Size(max = 2_000) String reason) {
    }

    record PaymentBody(boolean failing, String detail) {
    }

    record Changed(String orgId, Object result) {
    }

    /**
     * Records the batch's new records; records reported before (by event id) are skipped and named, so a service
     * may resend overlapping batches. A batch id received before is a duplicate as a whole.
     */
    @PostMapping("/api/v1/usage")
    ResponseEntity<BatchReceipt> record(@Valid @RequestBody BatchBody body) {
        Set<String> known = new HashSet<>(claims.known(body.records().stream().filter(Objects::nonNull)
                .map(UsageRecord::eventId).filter(Objects::nonNull).toList()));
        List<UsageRecord> fresh = body.records().stream().filter(r -> r == null || !known.contains(r.eventId()))
                                      .toList();
        List<String> skipped = known.stream().sorted().toList();
        if (claims.batchKnown(body.batchId())) {
            return ResponseEntity.ok(new BatchReceipt(body.batchId(), 0, true, List.of()));
        }
        if (fresh.isEmpty() && !body.records().isEmpty()) {
            return ResponseEntity.ok(new BatchReceipt(body.batchId(), 0, false, skipped));
        }
        try {
            commands.send(new RecordUsageCommand(body.batchId(), body.source(), fresh));
        } catch (AggregateStreamCreationException | ConcurrencyException e) {
            return ResponseEntity.ok(new BatchReceipt(body.batchId(), 0, true, List.of()));
        }
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                             .body(new BatchReceipt(body.batchId(), fresh.size(), false, skipped));
    }

    @PostMapping("/api/v1/admin/usage/budgets/{orgId}")
    Changed budget(@PathVariable String orgId, @Valid @RequestBody BudgetBody body) {
        OrgId org = orgs.require(new OrgId(orgId));
        long version = commands.send(new SetBudgetCommand(org, body.monthlyLimitMicros(),
                body.nearPercent() == null ? 80 : body.nearPercent()), body.reason());
        return new Changed(orgId, version);
    }

    @PostMapping("/api/v1/billing/orgs/{orgId}/payment-status")
    Changed payment(@PathVariable String orgId, @Valid @RequestBody PaymentBody body) {
        boolean recorded = commands.send(new ReportPaymentStatusCommand(orgs.require(new OrgId(orgId)), body.failing(),
                body.detail()));
        return new Changed(orgId, recorded);
    }
}
