package com.alumia.admin.command.newsletter;

import com.alumia.admin.api.common.Identifiers;
import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.identity.Emails;
import com.alumia.admin.api.newsletter.SubscribeCommand;
import com.alumia.admin.api.newsletter.UnsubscribeCommand;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/**
 * The site reports newsletter subscriptions (after the subscriber confirmed) and unsubscriptions, with service role
 * {@code ingest}. Both are idempotent: {@code changed} says whether the list changed.
 */
@RestController
class NewsletterCommandController {

    private final CommandSender commands;

    NewsletterCommandController(CommandSender commands) {
        this.commands = commands;
    }

    record SubscribeBody(@NotBlank String email, String locale, @NotBlank String source, @NotNull Instant consentAt) {
    }

    record UnsubscribeBody(@NotBlank String email, @NotBlank String source) {
    }

    record Change(String subscriberId, boolean changed) {
    }

    @PostMapping("/api/v1/newsletter/subscribers")
    Change subscribe(@Valid @RequestBody SubscribeBody body) {
        String id = subscriberId(body.email());
        boolean changed = commands.send(new SubscribeCommand(id, body.email(), body.locale(), body.source(),
                body.consentAt()));
        return new Change(id, changed);
    }

    /** An address that never subscribed is answered like one already unsubscribed: nothing to do. */
    @PostMapping("/api/v1/newsletter/unsubscriptions")
    Change unsubscribe(@Valid @RequestBody UnsubscribeBody body) {
        String id = subscriberId(body.email());
        try {
            boolean changed = commands.send(new UnsubscribeCommand(id, body.source()));
            return new Change(id, changed);
        } catch (AggregateNotFoundException e) {
            return new Change(id, false);
        }
    }

    /** The subscriber of an address: derived from its canonical form, so case and spacing do not matter. */
    static String subscriberId(String email) {
        try {
            return Identifiers.derived("ns", Emails.canonical(email));
        } catch (InvalidValueException e) {
            throw DomainException.invalid("newsletter.email_invalid", e.getMessage());
        }
    }
}
