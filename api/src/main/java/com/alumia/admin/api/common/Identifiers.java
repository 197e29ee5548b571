package com.alumia.admin.api.common;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one rule every typed id in the published language follows, so that ids are safe in URLs, logs and SQL.
 */
public final class Identifiers {

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}");

    private Identifiers() {
    }

    public static String require(String kind, String value) {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException(kind + " must be 1-128 characters of letters, digits and . _ : @ -");
        }
        return value;
    }

    public static String newValue(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }
}
