package com.alumia.admin.api.broadcast;

import com.alumia.admin.api.identity.OrgSummary;

import java.time.Instant;
import java.util.List;

/** The broadcast screen: the audience before sending, then each broadcast with its delivery. */
public final class BroadcastViews {

    private BroadcastViews() {
    }

    /**
     * The orgs an audience resolves to now: how many, all their ids, and the first few to show; {@code excluded} are
     * listed orgs that are not in it (unknown, suspended, or outside the creation period).
     */
    public record Audience(int count, List<String> orgIds, List<OrgSummary> sample, List<String> excluded) {
    }

    public record FindAudienceQuery(BroadcastAudience audience, int sampleSize) {
    }

    /** @param state {@code sending} or {@code completed} */
    public record Broadcast(String broadcastId, String title, String body, String severity, String state,
                            int recipients, int delivered, int failed, Instant requestedAt, String requestedBy,
                            String reason, Instant completedAt) {
    }

    public record Broadcasts(List<Broadcast> items) {
    }
}
