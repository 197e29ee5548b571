package com.alumia.admin.api.common;

/**
 * Ordered from most to least urgent; {@link #rank()} sorts queues most urgent first.
 */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public int rank() {
        return values().length - ordinal();
    }
}
