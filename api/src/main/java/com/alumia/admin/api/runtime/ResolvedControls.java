package com.alumia.admin.api.runtime;

import java.util.List;

/**
 * The controls in force for one org, as the agent-loop runtime applies them.
 *
 * @param agentLoopStopped whether any control stops the agent loop for this org (see {@code stoppedBy})
 * @param stoppedBy        the keys of the controls that stop it
 * @param fingerprint      changes whenever any resolved value does: the runtime's {@code ETag}
 */
public record ResolvedControls(String orgId, boolean agentLoopStopped, List<String> stoppedBy,
                               List<ResolvedControl> controls, String fingerprint) {
}
