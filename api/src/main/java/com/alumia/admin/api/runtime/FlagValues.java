package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.List;
import java.util.Locale;

/**
 * The canonical text of a flag's values, one form per type, as events carry them: {@code true}/{@code false},
 * a decimal integer, an option as defined, a percentage {@code 0}..{@code 100}.
 */
public final class FlagValues {

    private FlagValues() {
    }

    /** {@code raw} as the canonical value of a flag of {@code spec}, or an {@link InvalidValueException}. */
    public static String canonical(FlagSpec spec, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("a value must be given");
        }
        String text = raw.strip();
        return switch (spec.type()) {
            case KILL_SWITCH, BOOLEAN -> bool(text);
            case INTEGER -> String.valueOf(within(integer(text), spec.min(), spec.max()));
            case PERCENTAGE -> String.valueOf(within(integer(text), 0L, 100L));
            case ENUM -> option(text, spec.options());
        };
    }

    private static String bool(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.equals("true") && !lower.equals("false")) {
            throw new InvalidValueException("the value must be true or false, not " + quoted(text));
        }
        return lower;
    }

    private static long integer(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidValueException("the value must be a whole number, not " + quoted(text));
        }
    }

    private static long within(long value, Long min, Long max) {
        if (min != null && value < min || max != null && value > max) {
            throw new InvalidValueException("the value " + value + " is outside " + (min == null ? "…" : min)
                                            + " to " + (max == null ? "…" : max));
        }
        return value;
    }

    private static String option(String text, List<String> options) {
        if (options == null || !options.contains(text)) {
            throw new InvalidValueException("the value must be one of " + options + ", not " + quoted(text));
        }
        return text;
    }

    private static String quoted(String text) {
        return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
    }
}
