package com.alumia.admin.api.runtime;

/**
 * One flag's value for one org, and why.
 *
 * @param value       typed: a boolean (kill switch, boolean, percentage rollout), a number (integer) or a string
 *                    (enum)
 * @param decidedBy   the layer that gave the value: the platform default, the global value or the org's override
 * @param layerValue  the canonical value at that layer (for a rollout, the percentage)
 * @param rolloutBucket for a percentage rollout, the org's place from 0 to 99: on when below the percentage; the
 *                    same org always has the same place for the same flag
 * @param stopsAgentLoop whether this value stops the agent loop
 */
public record ResolvedControl(FlagKey key, FlagType type, Object value, Layer decidedBy, String layerValue,
                              Integer rolloutBucket, boolean stopsAgentLoop, long version) {

    public enum Layer {
        DEFAULT, GLOBAL, ORG
    }
}
