package com.alumia.admin.api.runtime;

import com.alumia.admin.api.common.InvalidValueException;

import java.util.regex.Pattern;

/**
 * The key of a flag: dotted lower-case segments, such as {@code ai.loop.kill_switch} or {@code site.cms_enabled}.
 */
public record FlagKey(String value) {

    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+");
    private static final int MAX_LENGTH = 128;

    public FlagKey {
        if (value == null || value.length() > MAX_LENGTH || !ALLOWED.matcher(value).matches()) {
            throw new InvalidValueException("flag key must be dotted lower-case segments of letters, digits and _ "
                                            + "(such as ai.loop.kill_switch), at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
