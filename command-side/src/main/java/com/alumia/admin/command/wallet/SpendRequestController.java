package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.EntityTags;
import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.wallet.ApproveSpendCommand;
import com.alumia.admin.api.wallet.DeclineSpendCommand;
import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.wallet.CardAction;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.RefundId;
import com.alumia.admin.api.wallet.RequestCardActionCommand;
import com.alumia.admin.api.wallet.RequestRefundCommand;
import com.alumia.admin.api.wallet.RequestSpendCommand;
import com.alumia.admin.api.wallet.SpendRequestId;
import com.alumia.admin.api.wallet.SpendScope;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.IfMatch;
import com.alumia.admin.command.identity.KnownOrgs;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

/**
 * Spend requests: agents ask (service role {@code agent}), operators approve, in part if they choose, or decline,
 * with a reason and {@code If-Match}; and refunds, which a fresh super_admin asks for.
 */
@RestController
class SpendRequestController {

    private static final String ADMIN = "/api/v1/admin/agent-wallet/spend-requests";

    private final CommandSender commands;
    private final KnownOrgs orgs;

    SpendRequestController(CommandSender commands, KnownOrgs orgs) {
        this.commands = commands;
        this.orgs = orgs;
    }

    /** @param amount in the currency's minor unit (cents) */
    record SpendRequestBody(@NotBlank String orgId, @NotBlank String agentId, @NotNull Long amount,
                            @NotBlank String currency, String merchantName, String merchantCategory,
                            @NotBlank @Size(max = 1_000) String purpose, @NotNull Instant expiresAt) {
    }

    /** @param amount null approves all that was asked */
    record ApprovalBody(Long amount, @NotBlank @Size(max = 2_000) String reason) {
    }

    record ReasonBody(@NotBlank @Size(max = 2_000) String reason) {
    }

    record SpendRequestResponse(String requestId, long version) {
    }

    /** @param amount in the currency's minor unit */
    record RefundBody(@NotBlank String orgId, @NotBlank String paymentIntentId, @NotNull Long amount,
                      @NotBlank @Size(max = 2_000) String reason) {
    }

    record RefundResponse(String refundId) {
    }

    record CardActionResponse(String cardId, String actionId) {
    }

    /** Freezes or unfreezes a card (operators); sent to Stripe by the card-action process. */
    @PostMapping("/api/v1/admin/agent-wallet/cards/{cardId}/freeze")
    ResponseEntity<CardActionResponse> freeze(@PathVariable String cardId, @Valid @RequestBody ReasonBody body) {
        return cardAction(cardId, CardAction.FREEZE, body);
    }

    @PostMapping("/api/v1/admin/agent-wallet/cards/{cardId}/unfreeze")
    ResponseEntity<CardActionResponse> unfreeze(@PathVariable String cardId, @Valid @RequestBody ReasonBody body) {
        return cardAction(cardId, CardAction.UNFREEZE, body);
    }

    /** Cancels a card for good (a fresh super_admin). */
    @PostMapping("/api/v1/admin/agent-wallet/cards/{cardId}/cancellation")
    ResponseEntity<CardActionResponse> cancel(@PathVariable String cardId, @Valid @RequestBody ReasonBody body) {
        return cardAction(cardId, CardAction.CANCEL, body);
    }

    private ResponseEntity<CardActionResponse> cardAction(String cardId, CardAction action, ReasonBody body) {
        CardId id = new CardId(cardId);
        String actionId = Identifiers.newValue("ca");
        commands.send(new RequestCardActionCommand(id, actionId, action), body.reason());
        return ResponseEntity.accepted().body(new CardActionResponse(id.value(), actionId));
    }

    /**
     * Refunds (part of) a payment through Stripe (a fresh super_admin): accepted at once, sent by the refund process
     * (see {@code StripeRefunds}); follow it on the refunds list.
     */
    @PostMapping("/api/v1/admin/agent-wallet/refunds")
    ResponseEntity<RefundResponse> refund(@Valid @RequestBody RefundBody body) {
        RefundId id = RefundId.newId();
        commands.send(new RequestRefundCommand(id, orgs.require(new OrgId(body.orgId())), body.paymentIntentId(),
                body.amount()), body.reason());
        return ResponseEntity.accepted().location(URI.create("/api/v1/admin/agent-wallet/refunds?orgId="
                                                             + body.orgId())).body(new RefundResponse(id.value()));
    }

    @PostMapping("/api/v1/wallet/spend-requests")
    ResponseEntity<SpendRequestResponse> request(@Valid @RequestBody SpendRequestBody body) {
        SpendRequestId id = SpendRequestId.newId();
        commands.send(new RequestSpendCommand(id, orgs.require(new OrgId(body.orgId())), body.agentId(),
                body.amount(), body.currency(), new SpendScope(body.merchantName(), body.merchantCategory()),
                body.purpose(), body.expiresAt()));
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create(ADMIN + "/" + id))
                             .eTag(EntityTags.of(0)).body(new SpendRequestResponse(id.value(), 0));
    }

    @PostMapping(ADMIN + "/{requestId}/approval")
    ResponseEntity<SpendRequestResponse> approve(@PathVariable String requestId, @Valid @RequestBody ApprovalBody body,
                                                 @RequestHeader(name = IfMatch.HEADER, required = false)
                                                 String ifMatch) {
        SpendRequestId id = new SpendRequestId(requestId);
        return decided(id, commands.send(new ApproveSpendCommand(id, IfMatch.expectedVersion(ifMatch),
                body.amount()), body.reason()));
    }

    @PostMapping(ADMIN + "/{requestId}/decline")
    ResponseEntity<SpendRequestResponse> decline(@PathVariable String requestId, @Valid @RequestBody ReasonBody body,
                                                 @RequestHeader(name = IfMatch.HEADER, required = false)
                                                 String ifMatch) {
        SpendRequestId id = new SpendRequestId(requestId);
        return decided(id, commands.send(new DeclineSpendCommand(id, IfMatch.expectedVersion(ifMatch)),
                body.reason()));
    }

    private static ResponseEntity<SpendRequestResponse> decided(SpendRequestId id, long version) {
        return ResponseEntity.ok().eTag(EntityTags.of(version)).body(new SpendRequestResponse(id.value(), version));
    }
}
