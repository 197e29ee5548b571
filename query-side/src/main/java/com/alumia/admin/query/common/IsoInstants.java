package com.alumia.admin.query.common;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Reads an instant written as {@code 2026-11-25T03:40:32.123Z}: the form the event store keeps every event's time
 * in, and the form of the instants in the events' metadata. Every processor reads the time of every event it
 * is given, so this is on the path of every event, many times over: {@link Instant#parse} (a general formatter)
 * took about a tenth of a replaying processor's time. Text of another form is handed to a general parser
 * ({@link Instant#parse} unless another is given), so what is accepted and how it fails stay the same.
 */
public final class IsoInstants {

    private IsoInstants() {
    }

    public static Instant parse(CharSequence text) {
        return parse(text, Instant::parse);
    }

    public static Instant parse(CharSequence text, Function<CharSequence, Instant> otherForms) {
        int length = text.length();
        // yyyy-MM-ddTHH:mm:ssZ, or with a fraction of 1 to 9 digits after the seconds
        if (length < 20 || length > 30 || text.charAt(length - 1) != 'Z' || text.charAt(4) != '-'
            || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
            || (length > 20 && (length == 21 || text.charAt(19) != '.'))) {
            return otherForms.apply(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int nanos = 0;
        if (length > 20) {
            int fraction = digits(text, 20, length - 1);
            for (int i = length - 1 - 20; i < 9; i++) {
                fraction *= 10;
            }
            nanos = fraction;
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
            || second > 59 || nanos < 0) {
            return otherForms.apply(text);
        }
        long days;
        try {
            days = LocalDate.of(year, month, day).toEpochDay();
        } catch (DateTimeException e) {
            return otherForms.apply(text);
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    /** The decimal number in {@code [from, to)}, or -1 where a character is not a digit. */
    private static int digits(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
