package com.alumia.admin.api.runtime;

import org.axonframework.serialization.Revision;

/** A flag joined the registry; its value is its default until one is set. */
@Revision("1")
public record FlagDefinedEvent(FlagKey key, FlagSpec spec) {
}
