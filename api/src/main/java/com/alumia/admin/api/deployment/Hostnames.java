package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.InvalidValueException;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hostnames as the registry keeps them: lower case, in their ASCII (punycode) form, without a trailing dot; at
 * most 253 characters, labels of 1 to 63 letters, digits and inner hyphens, at least two labels, and a top-level
 * label that is not all digits. Unicode names are converted with IDNA; names it refuses are invalid.
 */
public final class Hostnames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private Hostnames() {
    }

    public static String canonical(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidValueException("a hostname must be given");
        }
        String name = raw.strip();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        String ascii;
        try {
            ascii = IDN.toASCII(name, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname: " + e.getMessage());
        }
        String[] labels = ascii.split("\\.", -1);
        if (ascii.length() > 253 || labels.length < 2) {
            throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname (label \""
                                                + shorten(label) + "\")");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname (an address?)");
        }
        return ascii;
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
