package com.alumia.admin.api.deployment;

/** A target's health as its probes last reported it. */
public enum TargetHealth {
    UNKNOWN, HEALTHY, DEGRADED, DOWN
}
