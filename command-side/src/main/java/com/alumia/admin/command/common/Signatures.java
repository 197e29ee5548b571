package com.alumia.admin.command.common;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The two webhook signature schemes the platform speaks, both HMAC-SHA256 over a timestamp and the raw body:
 * <ul>
 *   <li>Alumia's: {@code X-Alumia-Signature: t=<unix seconds>,v1=<hex HMAC of "t.body">}, the key the secret's
 *       UTF-8 bytes;</li>
 *   <li>Standard Webhooks: {@code webhook-id}, {@code webhook-timestamp} and {@code webhook-signature:
 *       v1,<base64 HMAC of "id.timestamp.body">} (several, space separated, during a rotation), the key the
 *       base64 after {@code whsec_}.</li>
 * </ul>
 * Verification compares in constant time and refuses timestamps further than the tolerance from now.
 */
public final class Signatures {

    public static final String ALUMIA_HEADER = "X-Alumia-Signature";

    private Signatures() {
    }

    public static String alumiaHeader(String secret, long timestamp, String body) {
        return "t=" + timestamp + ",v1=" + HexFormat.of().formatHex(hmac(secret.getBytes(StandardCharsets.UTF_8),
                timestamp + "." + body));
    }

    /** @return null when the header is a good signature of the body within the tolerance, else what is wrong */
    public static String verifyAlumia(String secret, String header, String body, Instant now, Duration tolerance) {
        if (header == null || header.isBlank()) {
            return "the " + ALUMIA_HEADER + " header is missing";
        }
        Long timestamp = null;
        String signature = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                timestamp = parse(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                signature = kv[1];
            }
        }
        if (timestamp == null || signature == null) {
            return "the " + ALUMIA_HEADER + " header is not t=<seconds>,v1=<hex>";
        }
        String stale = stale(timestamp, now, tolerance);
        if (stale != null) {
            return stale;
        }
        return equal(alumiaHeader(secret, timestamp, body).substring(("t=" + timestamp + ",v1=").length()), signature)
                ? null : "the signature does not match the body";
    }

    public static String standardWebhooksSignature(String secret, String id, long timestamp, String body) {
        return "v1," + Base64.getEncoder().encodeToString(hmac(standardKey(secret), id + "." + timestamp + "." + body));
    }

    /** @return null when one of the signatures is good for the id, timestamp and body, else what is wrong */
    public static String verifyStandardWebhooks(String secret, String id, String timestamp, String signatures,
                                                String body, Instant now, Duration tolerance) {
        if (id == null || timestamp == null || signatures == null) {
            return "webhook-id, webhook-timestamp and webhook-signature are all required";
        }
        Long seconds = parse(timestamp);
        if (seconds == null) {
            return "webhook-timestamp is not a number of seconds";
        }
        String stale = stale(seconds, now, tolerance);
        if (stale != null) {
            return stale;
        }
        String expected = standardWebhooksSignature(secret, id, seconds, body);
        for (String candidate : signatures.trim().split(" +")) {
            if (equal(expected, candidate)) {
                return null;
            }
        }
        return "no signature in webhook-signature matches the body";
    }

    private static byte[] standardKey(String secret) {
        String encoded = secret.startsWith("whsec_") ? secret.substring("whsec_".length()) : secret;
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
    }

    private static String stale(long timestamp, Instant now, Duration tolerance) {
        long skew = Math.abs(now.getEpochSecond() - timestamp);
        return skew > tolerance.toSeconds() ? "the timestamp is " + skew + " s away from now (at most "
                                              + tolerance.toSeconds() + " s accepted)" : null;
    }

    private static Long parse(String number) {
        try {
            return Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }
}
