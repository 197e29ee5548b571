package com.alumia.admin.api.feedback;

import com.alumia.admin.api.common.Severity;

import java.util.List;

/**
 * The classifier's verdict on an item, decided once on arrival and carried in the event.
 *
 * @param probeClass  the strongest attack family found, or {@link ProbeClass#NONE}
 * @param category    the signal quality category
 * @param severity    how urgent triage is
 * @param fingerprint groups bursts and duplicates: equal for the same probe or the same report, whatever the noise
 * @param matches     every rule that matched, strongest first: why the item was classified so
 */
public record Classification(ProbeClass probeClass, SignalCategory category, Severity severity,
                             String fingerprint, List<RuleMatch> matches) {

    public Classification {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }
}
