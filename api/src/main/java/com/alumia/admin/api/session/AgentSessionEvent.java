package com.alumia.admin.api.session;

public interface AgentSessionEvent {

    AgentSessionId sessionId();
}
