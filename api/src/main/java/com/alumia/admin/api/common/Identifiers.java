package com.alumia.admin.api.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The one rule every typed id in the published language follows, so that ids are safe in URLs, logs and SQL.
 */
public final class Identifiers {

    private static final int MAX_LENGTH = 128;

    private Identifiers() {
    }

    public static String require(String kind, String value) {
        if (!allowed(value)) {
            throw new InvalidValueException(kind + " must be 1-128 characters of letters, digits and . _ : @ -");
        }
        return value;
    }

    /**
     * 1-128 ASCII letters, digits and {@code . _ : @ -}, starting with a letter or digit. A loop rather than a regular
     * expression: every id of every row a view returns and of every event read back is checked, and in a profile of
     * the triage queue the expression's matcher took about 6 % of a request's CPU.
     */
    static boolean allowed(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH || !letterOrDigit(value.charAt(0))) {
            return false;
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!letterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '@' && c != '-') {
                return false;
            }
        }
        return true;
    }

    private static boolean letterOrDigit(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    public static String newValue(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().replace("-", "");
    }

    /**
     * An id derived from what names a thing outside (a sender and its own id): the same parts give the same id, so a
     * thing sent twice is found the second time. The parts are hashed (SHA-256, the first 16 bytes in hex).
     */
    public static String derived(String prefix, String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
            return prefix + "_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
