package com.alumia.admin.api.broadcast;

import java.util.List;

/** A broadcast to send, with its audience as asked and as resolved, delivered {@code chunkSize} orgs at a time. */
public record BroadcastRequestedEvent(String broadcastId, String title, String body, BroadcastSeverity severity,
                                      BroadcastAudience audience, List<String> recipients, int chunkSize) {

    public int chunks() {
        return (recipients.size() + chunkSize - 1) / chunkSize;
    }
}
