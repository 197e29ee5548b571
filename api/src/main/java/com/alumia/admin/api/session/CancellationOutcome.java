package com.alumia.admin.api.session;

/**
 * What the runtime found when it carried out a cancellation: it stopped the session, the session had ended on its
 * own, or the runtime has no such session.
 */
public enum CancellationOutcome {
    CANCELLED, ALREADY_FINISHED, NOT_FOUND
}
