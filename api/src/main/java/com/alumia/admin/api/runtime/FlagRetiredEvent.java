package com.alumia.admin.api.runtime;

import org.axonframework.serialization.Revision;

/** A flag left the resolved controls; no value can be set on it any more. */
@Revision("1")
public record FlagRetiredEvent(FlagKey key) {
}
