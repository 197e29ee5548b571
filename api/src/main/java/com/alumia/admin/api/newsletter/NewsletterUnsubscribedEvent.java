package com.alumia.admin.api.newsletter;

public record NewsletterUnsubscribedEvent(String subscriberId, String source) {
}
