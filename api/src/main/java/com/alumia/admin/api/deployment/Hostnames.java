package com.alumia.admin.api.deployment;

import com.alumia.admin.api.common.InvalidValueException;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hostnames as the registry keeps them: lower case, in their ASCII (punycode) form, without a trailing dot; at
 * most 253 characters, labels of 1 to 63 letters, digits and inner hyphens, at least two labels, and a top-level
 * label that is not all digits. Unicode names are converted with IDNA; names it refuses are invalid, and so are
 * {@code xn--} labels that are not the punycode of a valid Unicode label. A wildcard
 * ({@code *.acme.enterprise.alumia.com}) stands for any one label in place of the star, as in certificates.
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
            if (!LABEL.matcher(label).matches() || (label.startsWith("xn--") && !validALabel(label))) {
                throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname (label \""
                                                + shorten(label) + "\")");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            throw new InvalidValueException("\"" + shorten(raw) + "\" is not a valid hostname (an address?)");
        }
        return ascii;
    }

    /** An {@code xn--} label is punycode that decodes to a Unicode label and encodes back to itself. */
    private static boolean validALabel(String label) {
        String unicode = IDN.toUnicode(label, IDN.USE_STD3_ASCII_RULES);
        try {
            return !unicode.equals(label) && IDN.toASCII(unicode, IDN.USE_STD3_ASCII_RULES).equals(label);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A hostname, or a wildcard of one: {@code *.} followed by a hostname of at least two labels. */
    public static String canonicalPattern(String raw) {
        if (raw != null && raw.strip().startsWith("*.")) {
            return "*." + canonical(raw.strip().substring(2));
        }
        return canonical(raw);
    }

    public static boolean isWildcard(String pattern) {
        return pattern.startsWith("*.");
    }

    /** The wildcard that would cover {@code host}: its first label replaced by a star; null for two labels. */
    public static String wildcardOver(String host) {
        int dot = host.indexOf('.');
        return dot < 0 || host.indexOf('.', dot + 1) < 0 ? null : "*" + host.substring(dot);
    }

    /** Whether {@code host} is {@code zone} or a name under it. */
    public static boolean isWithin(String host, String zone) {
        return host.equals(zone) || host.endsWith("." + zone);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
