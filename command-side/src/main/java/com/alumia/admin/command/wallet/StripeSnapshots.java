package com.alumia.admin.command.wallet;

import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What an aggregate fed by Stripe's events has taken: every event id (Stripe delivers at least once) and the time
 * of the newest snapshot (Stripe delivers in no particular order; each event carries the whole object as it was).
 */
final class StripeSnapshots {

    private final Set<String> taken = new HashSet<>();
    private Instant newest;

    /** Why a snapshot changes nothing: {@code duplicate} or {@code stale}; empty when it is news. */
    Optional<String> refusal(String eventId, Instant at) {
        if (taken.contains(eventId)) {
            return Optional.of("duplicate");
        }
        if (newest != null && at.isBefore(newest)) {
            return Optional.of("stale");
        }
        return Optional.empty();
    }

    void took(String eventId, Instant at) {
        taken.add(eventId);
        newest = newest == null || at.isAfter(newest) ? at : newest;
    }
}
