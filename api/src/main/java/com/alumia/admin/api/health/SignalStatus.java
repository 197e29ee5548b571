package com.alumia.admin.api.health;

/** A reported subject's state; for models, {@code OK} reads as available and {@code DOWN} as unavailable. */
public enum SignalStatus {
    OK, DEGRADED, DOWN
}
