package com.alumia.admin.query.common;

import com.alumia.admin.api.common.InvalidValueException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * An opaque paging cursor: the sort keys of the last row of a page, tagged with the order they belong to, so that a
 * cursor from one order can never be used with another.
 */
public record Cursor(String order, List<Object> keys) {

    private static final String SEPARATOR = "\u001f";

    public String encode() {
        StringBuilder text = new StringBuilder(order);
        for (Object key : keys) {
            text.append(SEPARATOR).append(tag(key));
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String cursor, String expectedOrder) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = text.split(SEPARATOR, -1);
            if (!parts[0].equals(expectedOrder)) {
                throw new IllegalArgumentException("order");
            }
            List<Object> keys = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                keys.add(untag(parts[i]));
            }
            return new Cursor(parts[0], keys);
        } catch (RuntimeException e) {
            throw new InvalidValueException("cursor is not a cursor returned by this list in this order");
        }
    }

    private static String tag(Object key) {
        if (key instanceof Instant instant) {
            return "t" + instant;
        }
        if (key instanceof Long number) {
            return "l" + number;
        }
        if (key instanceof Integer number) {
            return "i" + number;
        }
        return "s" + key;
    }

    private static Object untag(String part) {
        String value = part.substring(1);
        return switch (part.charAt(0)) {
            case 't' -> Instant.parse(value);
            case 'l' -> Long.parseLong(value);
            case 'i' -> Integer.parseInt(value);
            case 's' -> value;
            default -> throw new IllegalArgumentException("tag");
        };
    }
}
