package com.alumia.admin.api.runtime;

import java.util.List;

/**
 * What a flag is: its type and bounds, what it is for and who owns it, and its platform default.
 *
 * @param min            for an integer flag, the smallest value allowed
 * @param max            for an integer flag, the largest value allowed
 * @param options        for an enum flag, the values allowed
 * @param defaultValue   the platform default, in the flag's canonical form ({@link FlagValues})
 * @param stopsAgentLoop the value at which this flag stops the agent loop (for a kill switch, {@code true}); a
 *                       change to or from it needs a fresh super_admin. Null when no value does
 */
public record FlagSpec(FlagType type, String description, String owner, String defaultValue, Long min, Long max,
                       List<String> options, String stopsAgentLoop) {
}
