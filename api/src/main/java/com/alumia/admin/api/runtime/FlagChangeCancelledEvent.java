package com.alumia.admin.api.runtime;

import org.axonframework.serialization.Revision;

/** A scheduled change of the flag was cancelled before it applied. */
@Revision("1")
public record FlagChangeCancelledEvent(FlagKey key, String scheduleId) {
}
