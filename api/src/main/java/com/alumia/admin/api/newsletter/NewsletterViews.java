package com.alumia.admin.api.newsletter;

import java.util.Map;

/** The newsletter list as operators see it: counts only; the addresses leave only through the audited export. */
public final class NewsletterViews {

    private NewsletterViews() {
    }

    public record Summary(long subscribed, long unsubscribed, Map<String, Long> subscribedBySource,
                          Map<String, Long> subscribedByLocale) {
    }

    public record FindSummaryQuery() {
    }
}
