package com.alumia.admin.api.common;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
