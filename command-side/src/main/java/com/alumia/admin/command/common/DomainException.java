package com.alumia.admin.command.common;

import com.alumia.admin.api.common.RuleViolation;

import java.util.Map;

/**
 * A business rule said no. Thrown by aggregate guards; {@link RuleViolationInterceptor} puts its
 * {@link RuleViolation} into the command's execution details so that it survives any command bus.
 */
public class DomainException extends RuntimeException {

    private final transient RuleViolation violation;

    public DomainException(RuleViolation violation) {
        super(violation.message());
        this.violation = violation;
    }

    public static DomainException conflict(String code, String message, Map<String, Object> details) {
        return new DomainException(new RuleViolation(code, RuleViolation.Kind.CONFLICT, message, details));
    }

    public static DomainException invalid(String code, String message) {
        return new DomainException(new RuleViolation(code, RuleViolation.Kind.INVALID, message, Map.of()));
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(new RuleViolation(code, RuleViolation.Kind.NOT_FOUND, message, Map.of()));
    }

    /** The change needs a fresh super_admin step-up ({@code AuditMetadata.FRESH_SUPER_ADMIN} was not set). */
    public static DomainException stepUpRequired(String code, String message) {
        return new DomainException(new RuleViolation(code, RuleViolation.Kind.STEP_UP_REQUIRED, message, Map.of()));
    }

    public RuleViolation violation() {
        return violation;
    }
}
