package com.alumia.admin.api.session;

import com.alumia.admin.api.common.Identifiers;

/** A session of the agent runtime, named by the runtime. */
public record AgentSessionId(String value) {

    public AgentSessionId {
        Identifiers.require("session id", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
