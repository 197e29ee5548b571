package com.alumia.admin.query.audit.chain;

import java.nio.charset.StandardCharsets;

/**
 * A signed statement that the chain's link at {@code position} is {@code link}. What is signed (Ed25519) is the
 * UTF-8 text {@code alumia-event-chain-checkpoint/1}, the position, the link in hex, the signing time and the key
 * id, each followed by a line feed.
 *
 * @param signedAt ISO-8601 instant, as signed
 * @param keyId    {@link ChainKeys#keyId} of the signing key
 */
public record Checkpoint(long position, byte[] link, String signedAt, String keyId, byte[] signature) {

    public byte[] statement() {
        return statement(position, link, signedAt, keyId);
    }

    static byte[] statement(long position, byte[] link, String signedAt, String keyId) {
        return ("alumia-event-chain-checkpoint/1\n" + position + "\n" + HashChain.hex(link) + "\n" + signedAt + "\n"
                + keyId + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
