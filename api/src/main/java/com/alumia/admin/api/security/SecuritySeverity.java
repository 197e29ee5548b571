package com.alumia.admin.api.security;

/** How urgent a security event is, lowest first. */
public enum SecuritySeverity {
    LOW, MEDIUM, HIGH, CRITICAL
}
