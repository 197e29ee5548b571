package com.alumia.admin.query.runtime;

import com.alumia.admin.api.runtime.FlagDefinedEvent;
import com.alumia.admin.api.runtime.FlagKey;
import com.alumia.admin.api.runtime.FlagRetiredEvent;
import com.alumia.admin.api.runtime.FlagSpec;
import com.alumia.admin.api.runtime.FlagValueClearedEvent;
import com.alumia.admin.api.runtime.FlagValueSetEvent;
import com.alumia.admin.api.runtime.ResolvedControl;
import org.axonframework.eventhandling.DomainEventMessage;

import java.util.List;
import java.util.Optional;

/**
 * A flag as its events up to some instant leave it, resolved for one org: what the agent loop saw then.
 */
final class FlagHistory {

    private FlagHistory() {
    }

    /** Empty when the flag was not defined yet, or already retired, at the end of {@code events}. */
    static Optional<ResolvedControl> resolve(List<? extends DomainEventMessage<?>> events, String orgId) {
        FlagKey key = null;
        FlagSpec spec = null;
        String global = null;
        String override = null;
        boolean retired = false;
        long version = -1;
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            version = event.getSequenceNumber();
            if (payload instanceof FlagDefinedEvent defined) {
                key = defined.key();
                spec = defined.spec();
            } else if (payload instanceof FlagValueSetEvent set) {
                if (set.org() == null) {
                    global = set.value();
                } else if (set.org().value().equals(orgId)) {
                    override = set.value();
                }
            } else if (payload instanceof FlagValueClearedEvent cleared) {
                if (cleared.org() == null) {
                    global = null;
                } else if (cleared.org().value().equals(orgId)) {
                    override = null;
                }
            } else if (payload instanceof FlagRetiredEvent) {
                retired = true;
            }
        }
        if (spec == null || retired) {
            return Optional.empty();
        }
        return Optional.of(Resolution.resolve(key, spec, global, override, orgId, version));
    }
}
