package com.alumia.admin.command.newsletter;

import com.alumia.admin.api.common.InvalidValueException;
import com.alumia.admin.api.identity.Emails;
import com.alumia.admin.api.newsletter.NewsletterSubscribedEvent;
import com.alumia.admin.api.newsletter.NewsletterUnsubscribedEvent;
import com.alumia.admin.api.newsletter.SubscribeCommand;
import com.alumia.admin.api.newsletter.UnsubscribeCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A newsletter subscriber: one per canonical address, subscribed or not. Subscribing again while subscribed and
 * unsubscribing again change nothing, so the site can resend.
 */
@Aggregate
class Subscriber {

    private static final Pattern LOCALE = Pattern.compile("[a-z]{2}(-[A-Z]{2})?");

    @AggregateIdentifier
    private String subscriberId;
    private boolean subscribed;

    Subscriber() {
    }

    /** @return whether anything changed */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    boolean handle(SubscribeCommand command) {
        String email;
        try {
            email = Emails.canonical(command.email());
        } catch (InvalidValueException e) {
            throw DomainException.invalid("newsletter.email_invalid", e.getMessage());
        }
        String locale = command.locale() == null ? "en" : command.locale();
        if (!LOCALE.matcher(locale).matches()) {
            throw DomainException.invalid("newsletter.locale_invalid", "locale is a language such as en or de-AT");
        }
        if (command.consentAt() == null) {
            throw DomainException.invalid("newsletter.consent_required", "consentAt says when the subscriber agreed");
        }
        if (subscribed) {
            return false;
        }
        apply(new NewsletterSubscribedEvent(command.subscriberId(), email, locale,
                requireText("source", command.source(), 100), command.consentAt()));
        return true;
    }

    /** @return whether anything changed */
    @CommandHandler
    boolean handle(UnsubscribeCommand command) {
        if (!subscribed) {
            return false;
        }
        apply(new NewsletterUnsubscribedEvent(subscriberId, requireText("source", command.source(), 100)));
        return true;
    }

    @EventSourcingHandler
    void on(NewsletterSubscribedEvent event) {
        subscriberId = event.subscriberId();
        subscribed = true;
    }

    @EventSourcingHandler
    void on(NewsletterUnsubscribedEvent event) {
        subscribed = false;
    }
}
