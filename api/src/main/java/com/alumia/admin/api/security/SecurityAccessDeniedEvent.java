package com.alumia.admin.api.security;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A refused attempt to change something: no or bad credentials, the wrong role, or a step-up that is too old.
 * Who tried, from where and when travel in the audit metadata like on every other event.
 *
 * @param outcome {@code unauthenticated}, {@code forbidden} or {@code step_up_required}
 */
@Revision("1")
public record SecurityAccessDeniedEvent(String method, String path, int status, String outcome, Instant at) {
}
