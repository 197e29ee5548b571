package com.alumia.admin.api.session;

import com.alumia.admin.api.common.OrgId;

/**
 * The cancellations the runtime has still to carry out, oldest first: the runtime takes the first {@code limit},
 * confirms them, and asks again.
 *
 * @param orgId null for every org
 */
public record FindPendingAgentSessionCancellationsQuery(OrgId orgId, int limit) {
}
