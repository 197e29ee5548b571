package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.regex.Pattern;

/** A connector's key, as in its intake URL: {@code github}, {@code linear-prod}. */
public record ConnectorKey(String value) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    public ConnectorKey {
        if (value == null || !KEY.matcher(value).matches()) {
            throw new InvalidValueException("a connector key is 2 to 40 lower-case letters, digits and hyphens");
        }
    }

    /** The connector aggregate's identifier: prefixed, as identifiers are shared by every aggregate type. */
    public String aggregateId() {
        return "connector:" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
