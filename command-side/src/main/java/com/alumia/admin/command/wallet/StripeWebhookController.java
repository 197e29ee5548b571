package com.alumia.admin.command.wallet;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.wallet.AuthorizationId;
import com.alumia.admin.api.wallet.AuthorizationSnapshot;
import com.alumia.admin.api.wallet.AuthorizationStatus;
import com.alumia.admin.api.wallet.CardId;
import com.alumia.admin.api.wallet.CardStatus;
import com.alumia.admin.api.wallet.DisputeSnapshot;
import com.alumia.admin.api.wallet.RecordStripeDisputeCommand;
import com.alumia.admin.api.wallet.RecordStripeTransactionCommand;
import com.alumia.admin.api.wallet.TransactionSnapshot;
import com.alumia.admin.api.wallet.IgnoreStripeEventCommand;
import com.alumia.admin.api.wallet.RecordStripeAuthorizationCommand;
import com.alumia.admin.api.wallet.RecordStripeCardCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import com.stripe.Stripe;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.issuing.Authorization;
import com.stripe.model.issuing.Card;
import com.stripe.model.issuing.Dispute;
import com.stripe.model.issuing.Transaction;
import com.stripe.net.Webhook;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stripe's webhooks for the agent wallets. The signature over the raw body is checked with stripe-java and the
 * configured secret, within the tolerance; a request that fails it stores nothing (it is counted in
 * {@code alumia.stripe.webhook.rejected}). Each event then goes to the aggregate of the object it is about, which
 * takes every Stripe event id once and ignores snapshots older than one it has; types the wallets do not use are
 * recorded as ignored and answered 200, so Stripe stops sending them.
 */
@RestController
class StripeWebhookController {

    private final CommandSender commands;
    private final AuthorizationDecisions decisions;
    private final StripeProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;

    StripeWebhookController(CommandSender commands, AuthorizationDecisions decisions, StripeProperties properties,
                            Clock clock, MeterRegistry meters) {
        this.commands = commands;
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    record Receipt(String eventId, String type, String outcome) {
    }

    /** The answer Stripe reads from a real-time authorization request's response. */
    record Decision(boolean approved) {
    }

    @PostMapping("/api/v1/webhooks/stripe")
    ResponseEntity<?> receive(@RequestBody String payload,
                              @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        Event event = verified(payload, signature);
        if ("issuing_authorization.request".equals(event.getType())) {
            return ResponseEntity.ok().header("Stripe-Version", Stripe.API_VERSION)
                                 .body(new Decision(decisions.decide(decisionRequest(event))));
        }
        String outcome = switch (event.getType()) {
            case "issuing_card.created", "issuing_card.updated" -> card(event);
            case "issuing_authorization.created", "issuing_authorization.updated" -> authorization(event);
            case "issuing_transaction.created", "issuing_transaction.updated" -> transaction(event);
            case "issuing_dispute.created", "issuing_dispute.updated", "issuing_dispute.closed",
                 "issuing_dispute.submitted", "issuing_dispute.funds_reinstated" -> dispute(event);
            default -> commands.send(new IgnoreStripeEventCommand(event.getId(), event.getType()));
        };
        return ResponseEntity.ok(new Receipt(event.getId(), event.getType(), outcome));
    }

    private Event verified(String payload, String signature) {
        if (properties.webhookSecret() == null || properties.webhookSecret().isBlank()) {
            throw rejected("stripe.not_configured", "No Stripe webhook secret is configured; nothing is accepted");
        }
        if (signature == null || signature.isBlank()) {
            throw rejected("stripe.signature_missing", "The Stripe-Signature header is missing");
        }
        try {
            Event event = Webhook.constructEvent(payload, signature, properties.webhookSecret(),
                    properties.tolerance().toSeconds(), clock);
            if (event.getId() == null || event.getType() == null) {
                throw rejected("stripe.malformed", "The event has no id or type");
            }
            return event;
        } catch (SignatureVerificationException e) {
            throw rejected("stripe.signature_invalid", "The signature does not match, or is older than "
                                                       + properties.tolerance().toSeconds() + " s");
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            // stripe-java's JSON parser refuses the body after the signature matched it
            throw rejected("stripe.malformed", "The body is not a Stripe event");
        }
    }

    private DomainException rejected(String code, String message) {
        meters.counter("alumia.stripe.webhook.rejected", "reason", code).increment();
        return DomainException.invalid(code, message);
    }

    private String card(Event event) {
        Card card = (Card) object(event);
        Map<String, String> metadata = card.getMetadata() == null ? Map.of() : card.getMetadata();
        String org = metadata.get("org_id");
        return commands.send(new RecordStripeCardCommand(new CardId(card.getId()), event.getId(),
                Instant.ofEpochSecond(event.getCreated()), org == null ? null : new OrgId(org),
                metadata.get("agent_id"), card.getLast4(), card.getBrand(), card.getCurrency(),
                CardStatus.valueOf(card.getStatus().toUpperCase(Locale.ROOT)), card.getCancellationReason()));
    }

    private String authorization(Event event) {
        Authorization auth = (Authorization) object(event);
        if (auth.getCard() == null || auth.getAmount() == null || auth.getStatus() == null) {
            throw DomainException.invalid("stripe.malformed", "The authorization has no card, amount or status");
        }
        List<Authorization.RequestHistory> history = auth.getRequestHistory() == null ? List.of()
                : auth.getRequestHistory();
        String declineReason = Boolean.TRUE.equals(auth.getApproved()) || history.isEmpty() ? null
                : history.get(history.size() - 1).getReason();
        Authorization.MerchantData merchant = auth.getMerchantData();
        return commands.send(new RecordStripeAuthorizationCommand(new AuthorizationId(auth.getId()), event.getId(),
                Instant.ofEpochSecond(event.getCreated()), new AuthorizationSnapshot(new CardId(auth.getCard().getId()),
                auth.getAmount(), auth.getCurrency(), merchant == null ? null : merchant.getName(),
                merchant == null ? null : merchant.getCategory(), Boolean.TRUE.equals(auth.getApproved()),
                declineReason, AuthorizationStatus.valueOf(auth.getStatus().toUpperCase(Locale.ROOT)))));
    }

    private String transaction(Event event) {
        Transaction tx = (Transaction) object(event);
        if (tx.getAmount() == null || tx.getCard() == null) {
            throw DomainException.invalid("stripe.malformed", "The transaction has no card or amount");
        }
        Transaction.MerchantData merchant = tx.getMerchantData();
        return commands.send(new RecordStripeTransactionCommand(tx.getId(), event.getId(),
                Instant.ofEpochSecond(event.getCreated()), new TransactionSnapshot(tx.getCard(), tx.getAuthorization(),
                tx.getType(), Math.abs(tx.getAmount()), tx.getCurrency(), merchant == null ? null : merchant.getName(),
                merchant == null ? null : merchant.getCategory())));
    }

    private String dispute(Event event) {
        Dispute dispute = (Dispute) object(event);
        if (dispute.getAmount() == null || dispute.getStatus() == null) {
            throw DomainException.invalid("stripe.malformed", "The dispute has no amount or status");
        }
        return commands.send(new RecordStripeDisputeCommand(dispute.getId(), event.getId(),
                Instant.ofEpochSecond(event.getCreated()), new DisputeSnapshot(dispute.getTransaction(),
                dispute.getAmount(), dispute.getCurrency(), dispute.getStatus(),
                dispute.getEvidence() == null ? null : dispute.getEvidence().getReason(), dispute.getLossReason())));
    }

    private static AuthorizationDecisions.Request decisionRequest(Event event) {
        Authorization auth = (Authorization) object(event);
        if (auth.getCard() == null || auth.getId() == null) {
            throw DomainException.invalid("stripe.malformed", "The authorization request has no card");
        }
        Map<String, String> metadata = auth.getCard().getMetadata() == null ? Map.of() : auth.getCard().getMetadata();
        Long amount = auth.getPendingRequest() != null ? auth.getPendingRequest().getAmount() : auth.getAmount();
        if (amount == null || amount <= 0) {
            throw DomainException.invalid("stripe.malformed", "The authorization request has no amount above zero");
        }
        String currency = auth.getPendingRequest() != null && auth.getPendingRequest().getCurrency() != null
                ? auth.getPendingRequest().getCurrency() : auth.getCurrency();
        String org = metadata.get("org_id");
        Authorization.MerchantData merchant = auth.getMerchantData();
        return new AuthorizationDecisions.Request(new AuthorizationId(auth.getId()), new CardId(auth.getCard().getId()),
                org == null ? null : new OrgId(org), metadata.get("agent_id"), amount, currency,
                merchant == null ? null : merchant.getName(), merchant == null ? null : merchant.getCategory());
    }

    /** The event's object, also when the event was written for another API version than stripe-java's. */
    private static StripeObject object(Event event) {
        try {
            return event.getDataObjectDeserializer().getObject()
                        .orElseGet(() -> unsafe(event));
        } catch (RuntimeException e) {
            throw DomainException.invalid("stripe.malformed", "The event's object cannot be read: " + e.getMessage());
        }
    }

    private static StripeObject unsafe(Event event) {
        try {
            return event.getDataObjectDeserializer().deserializeUnsafe();
        } catch (com.stripe.exception.EventDataObjectDeserializationException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
