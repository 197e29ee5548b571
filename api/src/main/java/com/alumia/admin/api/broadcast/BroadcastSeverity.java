package com.alumia.admin.api.broadcast;

/** How a broadcast shows in the product: a note, a warning banner, or a critical notice that must be dismissed. */
public enum BroadcastSeverity {
    INFO, WARNING, CRITICAL
}
