package com.alumia.admin.query.audit.chain;

import com.alumia.admin.query.audit.EventLog.StoredEvent;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain over the event log. Each event's link is SHA-256 over the previous event's link (32 zero bytes
 * before the first event) followed by the event's canonical bytes; changing, removing or reordering any event
 * therefore changes the link of every event after it.
 * <p>
 * Canonical bytes, version 1: the ASCII tag {@code alumia-event/1}, then each of event id, payload type, payload
 * revision, aggregate type, aggregate id, sequence number (decimal), timestamp (as stored), metadata and payload
 * (both the stored bytes, an empty metadata being {@code {}}), every one as a four-byte big-endian length followed
 * by its bytes (UTF-8 for text), a missing value as length -1 and no bytes. The global position is not part of
 * it: positions have gaps, and the order is covered by the chain itself.
 */
public final class HashChain {

    public static final int LINK_BYTES = 32;

    private static final byte[] TAG = "alumia-event/1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private HashChain() {
    }

    /** The link before the first event. */
    public static byte[] genesis() {
        return new byte[LINK_BYTES];
    }

    public static byte[] next(byte[] previous, StoredEvent event) {
        MessageDigest digest = sha256();
        digest.update(previous);
        digest.update(canonical(event));
        return digest.digest();
    }

    static byte[] canonical(StoredEvent event) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256 + event.payload().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            field(out, TAG);
            field(out, event.eventId());
            field(out, event.payloadType());
            field(out, event.payloadRevision());
            field(out, event.aggregateType());
            field(out, event.aggregateId());
            field(out, event.sequence() == null ? null : event.sequence().toString());
            field(out, event.timestamp());
            field(out, event.metadataOrEmpty());
            field(out, event.payload());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        field(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void field(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }

    public static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    /**
     * @throws IllegalArgumentException when the text is not a link in hex
     */
    public static byte[] link(String hex) {
        byte[] link = HEX.parseHex(hex);
        if (link.length != LINK_BYTES) {
            throw new IllegalArgumentException("a link is " + LINK_BYTES + " bytes in hex, not " + link.length);
        }
        return link;
    }

    public static byte[] sha256(byte[] bytes) {
        return sha256().digest(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
