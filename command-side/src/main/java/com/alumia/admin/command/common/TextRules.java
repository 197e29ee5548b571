package com.alumia.admin.command.common;

/**
 * Guards for free text that goes into the log for good: notes, names, titles.
 */
public final class TextRules {

    private TextRules() {
    }

    public static String requireText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid(field + ".required", field + " must not be empty");
        }
        return optionalText(field, value, maxLength);
    }

    public static String optionalText(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > maxLength) {
            throw DomainException.invalid(field + ".too_long", field + " must be at most " + maxLength + " characters");
        }
        return value.strip();
    }
}
