package com.alumia.admin.api.deployment;

import java.util.List;

/**
 * What a check of a custom domain concluded.
 *
 * @param changed      whether the state or the findings changed (and were recorded)
 * @param inconclusive whether a lookup failed, so that the state was left as it was
 */
public record DomainCheckOutcome(String hostname, DomainState state, List<DomainFinding> findings, boolean changed,
                                 boolean inconclusive) {
}
