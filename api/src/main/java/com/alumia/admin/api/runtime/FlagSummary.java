package com.alumia.admin.api.runtime;

import java.time.Instant;

/**
 * One flag of the registry with its values and last change.
 *
 * @param globalValue the global value in canonical form; null while the default applies
 * @param overrides   how many orgs have an override
 * @param version     what {@code If-Match} must carry to change the flag
 */
public record FlagSummary(FlagKey key, FlagSpec spec, String globalValue, int overrides, boolean retired,
                          long version, Instant definedAt, LastChange lastChange) {

    /** @param action the audit action, such as {@code flag.value_set} */
    public record LastChange(Instant at, String actor, String reason, String action) {
    }
}
