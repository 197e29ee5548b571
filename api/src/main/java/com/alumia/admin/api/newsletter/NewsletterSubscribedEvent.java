package com.alumia.admin.api.newsletter;

import java.time.Instant;

/** A subscription with the consent behind it: where and when the subscriber agreed. */
public record NewsletterSubscribedEvent(String subscriberId, String email, String locale, String source,
                                        Instant consentAt) {
}
