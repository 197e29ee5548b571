package com.alumia.admin.api.connector;

/**
 * How an inbound connector event was verified: {@code VERIFIED} (a good signature), {@code UNSIGNED_ALLOWED} (no
 * signature, and the connector accepts unsigned events) or {@code FAILED} (refused: only counted).
 */
public enum Posture {
    VERIFIED, UNSIGNED_ALLOWED, FAILED
}
