package com.alumia.admin.api.common;

import java.util.Locale;

/**
 * Derives the audit action name ({@code feature.verb}) from an event type, so that every event is named in the
 * trail without a hand-kept table: {@code FeedbackTriagedEvent} is {@code feedback.triaged},
 * {@code WalletRefundRequestedEvent} is {@code wallet.refund_requested}.
 */
public final class AuditActions {

    private AuditActions() {
    }

    public static String of(Class<?> eventType) {
        String name = eventType.getSimpleName();
        if (name.endsWith("Event")) {
            name = name.substring(0, name.length() - "Event".length());
        }
        String[] words = name.split("(?<=[a-z0-9])(?=[A-Z])");
        if (words.length < 2) {
            return name.toLowerCase(Locale.ROOT);
        }
        StringBuilder action = new StringBuilder(words[0].toLowerCase(Locale.ROOT)).append('.');
        for (int i = 1; i < words.length; i++) {
            if (i > 1) {
                action.append('_');
            }
            action.append(words[i].toLowerCase(Locale.ROOT));
        }
        return action.toString();
    }
}
