package com.alumia.admin.query.newsletter;

import com.alumia.admin.api.newsletter.NewsletterSubscribedEvent;
import com.alumia.admin.api.newsletter.NewsletterUnsubscribedEvent;
import com.alumia.admin.query.common.BatchedWrites;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static com.alumia.admin.query.common.BatchedWrites.time;

/** The newsletter list: each subscriber's address, locale, source and consent, and whether still subscribed. */
@Component
@ProcessingGroup(NewsletterProjection.GROUP)
class NewsletterProjection {

    static final String GROUP = "newsletter";

    private final BatchedWrites writes;

    NewsletterProjection(BatchedWrites writes) {
        this.writes = writes;
    }

    @EventHandler
    void on(NewsletterSubscribedEvent event, @Timestamp Instant at) {
        // A resubscription replaces the row: the new consent is the one that counts.
        writes.current().add("DELETE FROM newsletter_subscriber WHERE subscriber_id = ?", event.subscriberId());
        writes.current().add("""
                INSERT INTO newsletter_subscriber (subscriber_id, email, locale, source, subscribed, consent_at,
                                                   subscribed_at)
                VALUES (?, ?, ?, ?, TRUE, ?, ?)""", event.subscriberId(), event.email(), event.locale(),
                event.source(), time(event.consentAt()), time(at));
    }

    @EventHandler
    void on(NewsletterUnsubscribedEvent event, @Timestamp Instant at) {
        writes.current().add("UPDATE newsletter_subscriber SET subscribed = FALSE, unsubscribed_at = ? "
                             + "WHERE subscriber_id = ?", time(at), event.subscriberId());
    }

    @ResetHandler
    void reset() {
        writes.jdbc().update("DELETE FROM newsletter_subscriber");
    }
}
