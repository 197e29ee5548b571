package com.alumia.admin.command.newsletter;

import com.alumia.admin.api.common.RuleViolation;
import com.alumia.admin.api.newsletter.NewsletterSubscribedEvent;
import com.alumia.admin.api.newsletter.NewsletterUnsubscribedEvent;
import com.alumia.admin.api.newsletter.SubscribeCommand;
import com.alumia.admin.api.newsletter.UnsubscribeCommand;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.alumia.admin.command.common.BrokenRule.rule;

class SubscriberTest {

    private static final Instant CONSENT = Instant.parse("2026-11-24T10:00:00Z");
    private static final String ID = NewsletterCommandController.subscriberId("ada@example.com");
    private static final NewsletterSubscribedEvent SUBSCRIBED = new NewsletterSubscribedEvent(ID, "ada@example.com",
            "en", "footer", CONSENT);

    private final AggregateTestFixture<Subscriber> fixture = new AggregateTestFixture<>(Subscriber.class);

    @Test
    void anAddressIsOneSubscriberWhateverItsCase() {
        org.assertj.core.api.Assertions.assertThat(NewsletterCommandController.subscriberId(" ADA@Example.com "))
                .isEqualTo(ID);
        fixture.givenNoPriorActivity()
               .when(new SubscribeCommand(ID, " ADA@Example.com ", null, "footer", CONSENT))
               .expectEvents(SUBSCRIBED)
               .expectResultMessagePayload(true);
    }

    @Test
    void subscribingAgainChangesNothingButAfterLeavingItIsANewConsent() {
        fixture.given(SUBSCRIBED)
               .when(new SubscribeCommand(ID, "ada@example.com", "en", "footer", CONSENT.plusSeconds(60)))
               .expectNoEvents()
               .expectResultMessagePayload(false);
        fixture.given(SUBSCRIBED, new NewsletterUnsubscribedEvent(ID, "link"))
               .when(new SubscribeCommand(ID, "ada@example.com", "de", "pricing", CONSENT.plusSeconds(60)))
               .expectEvents(new NewsletterSubscribedEvent(ID, "ada@example.com", "de", "pricing",
                       CONSENT.plusSeconds(60)));
    }

    @Test
    void unsubscribingTwiceChangesNothing() {
        fixture.given(SUBSCRIBED, new NewsletterUnsubscribedEvent(ID, "link"))
               .when(new UnsubscribeCommand(ID, "link"))
               .expectNoEvents()
               .expectResultMessagePayload(false);
    }

    @Test
    void aSubscriptionWithoutConsentOrWithABadLocaleIsRefused() {
        fixture.givenNoPriorActivity()
               .when(new SubscribeCommand(ID, "ada@example.com", "en", "footer", null))
               .expectException(rule(RuleViolation.Kind.INVALID, "newsletter.consent_required"));
        new AggregateTestFixture<>(Subscriber.class).givenNoPriorActivity()
               .when(new SubscribeCommand(ID, "ada@example.com", "english", "footer", CONSENT))
               .expectException(rule(RuleViolation.Kind.INVALID, "newsletter.locale_invalid"));
    }
}
