package com.alumia.admin.command.common;

/**
 * A request whose signature is missing or does not hold: answered 401, stored nowhere, and recorded as a security
 * event like any other refused attempt.
 */
public class UnverifiedRequestException extends RuntimeException {

    private final String code;

    public UnverifiedRequestException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
