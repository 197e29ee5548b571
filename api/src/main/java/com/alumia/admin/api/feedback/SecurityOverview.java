package com.alumia.admin.api.feedback;

import java.time.Instant;
import java.util.List;

/**
 * The security view: captured probes counted per attack family.
 */
public record SecurityOverview(List<Family> families) {

    public record Family(ProbeClass probeClass, long items, long groups, long open, Instant lastSeen) {
    }

    public SecurityOverview {
        families = List.copyOf(families);
    }
}
