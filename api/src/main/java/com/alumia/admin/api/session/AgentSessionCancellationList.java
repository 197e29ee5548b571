package com.alumia.admin.api.session;

import java.util.List;

/** @param nextCursor where the next page starts; null on the last page */
public record AgentSessionCancellationList(List<AgentSessionCancellation> items, String nextCursor) {

    public AgentSessionCancellationList {
        items = List.copyOf(items);
    }
}
