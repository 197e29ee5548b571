package com.alumia.admin.api.common;

import java.util.Map;

/**
 * A broken business rule, as it travels in a command's execution details to the HTTP edge.
 *
 * @param code    stable machine-readable code, e.g. {@code feedback.transition_not_allowed}; it becomes the problem type
 * @param kind    decides the HTTP status at the edge
 * @param message human-readable explanation
 * @param details extra facts for the caller, e.g. the allowed transitions
 */
public record RuleViolation(String code, Kind kind, String message, Map<String, Object> details) {

    public enum Kind {
        /** The request is well-formed but the values break a rule (400). */
        INVALID,
        /** The current state forbids the change (409). */
        CONFLICT,
        /** The target does not exist (404). */
        NOT_FOUND,
        /** This change needs a fresh super_admin step-up that the caller does not have (401 with a challenge). */
        STEP_UP_REQUIRED
    }

    public RuleViolation {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
