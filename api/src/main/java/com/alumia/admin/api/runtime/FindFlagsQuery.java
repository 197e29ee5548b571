package com.alumia.admin.api.runtime;

/** The registry; retired flags only when asked for. */
public record FindFlagsQuery(boolean includeRetired) {
}
