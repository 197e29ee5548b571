package com.alumia.admin.query.session;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.session.AgentSessionCancellationList;
import com.alumia.admin.api.session.CancellationState;
import com.alumia.admin.api.session.FindAgentSessionCancellationsQuery;
import com.alumia.admin.api.session.FindPendingAgentSessionCancellationsQuery;
import com.alumia.admin.query.common.Limits;
import com.alumia.admin.query.common.Queries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Cancellations of agent sessions: every one for operators (/admin/agent-sessions/cancellations), and the pending
 * ones for the agent runtime, which carries them out and confirms each.
 */
@RestController
class AgentSessionQueryController {

    private final Queries queries;

    AgentSessionQueryController(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/admin/agent-sessions/cancellations")
    AgentSessionCancellationList cancellations(@RequestParam(required = false) String orgId,
                                               @RequestParam(required = false) CancellationState state,
                                               @RequestParam(required = false) String cursor,
                                               @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new FindAgentSessionCancellationsQuery(orgId == null ? null : new OrgId(orgId), state,
                cursor, limit), AgentSessionCancellationList.class);
    }

    /** Oldest first; a confirmed cancellation leaves this list. */
    @GetMapping("/api/v1/runtime/agent-sessions/cancellations")
    AgentSessionCancellationList pending(@RequestParam(required = false) String orgId,
                                         @RequestParam(defaultValue = "" + Limits.DEFAULT) int limit) {
        return queries.ask(new FindPendingAgentSessionCancellationsQuery(orgId == null ? null : new OrgId(orgId),
                limit), AgentSessionCancellationList.class);
    }
}
