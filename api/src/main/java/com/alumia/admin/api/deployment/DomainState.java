package com.alumia.admin.api.deployment;

/**
 * Where a custom domain stands: {@code PENDING} until its first conclusive check, then {@code VERIFIED} while its
 * records are right and {@code FAILED} while they are not.
 */
public enum DomainState {
    PENDING, VERIFIED, FAILED
}
