package com.alumia.admin.query.audit.chain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Ed25519 keys that sign checkpoints, in PEM: a signing key file holds the private key ({@code PRIVATE KEY},
 * PKCS#8) and its public key ({@code PUBLIC KEY}, X.509), as {@code java -jar alumia-admin.jar chain-key} writes
 * them or as OpenSSL makes them ({@code openssl genpkey -algorithm ed25519 -out k.pem} then
 * {@code openssl pkey -in k.pem -pubout >> k.pem}). Auditors get the public key alone.
 */
public final class ChainKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private ChainKeys() {
    }

    /** A key that signs checkpoints. */
    public record Signer(KeyPair keys, String keyId) {

        public Checkpoint sign(long position, byte[] link, Instant at) {
            String signedAt = at.truncatedTo(ChronoUnit.MILLIS).toString();
            try {
                Signature signature = Signature.getInstance(ALGORITHM);
                signature.initSign(keys.getPrivate());
                signature.update(Checkpoint.statement(position, link, signedAt, keyId));
                return new Checkpoint(position, link, signedAt, keyId, signature.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Cannot sign a checkpoint with key " + keyId, e);
            }
        }

        public PublicKey publicKey() {
            return keys.getPublic();
        }
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no " + ALGORITHM, e);
        }
    }

    public static String pem(KeyPair keys) {
        return block("PRIVATE KEY", keys.getPrivate().getEncoded()) + publicPem(keys.getPublic());
    }

    public static String publicPem(PublicKey key) {
        return block("PUBLIC KEY", key.getEncoded());
    }

    /** The first 16 hex digits of SHA-256 over the public key's X.509 encoding. */
    public static String keyId(PublicKey key) {
        return HashChain.hex(HashChain.sha256(key.getEncoded())).substring(0, 16);
    }

    public static boolean verifies(PublicKey key, Checkpoint checkpoint) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(key);
            signature.update(checkpoint.statement());
            return signature.verify(checkpoint.signature());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The signing key in {@code file}; when there is none and {@code create} is set, a new one written there
     * (readable by its owner only).
     *
     * @throws IllegalStateException when there is no usable key
     */
    public static Signer signer(Path file, boolean create) {
        try {
            if (!Files.exists(file)) {
                if (!create) {
                    throw new IllegalStateException("No checkpoint signing key at " + file.toAbsolutePath()
                            + ": create one with `java -jar alumia-admin.jar chain-key --out " + file + "`, keep it"
                            + " outside the database, and give every node the same file (alumia.chain.key-file)");
                }
                write(file, generate());
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            PrivateKey privateKey = KeyFactory.getInstance(ALGORITHM).generatePrivate(
                    new PKCS8EncodedKeySpec(decode(text, "PRIVATE KEY").orElseThrow(() ->
                            new IllegalStateException(file + " holds no PRIVATE KEY block"))));
            PublicKey publicKey = publicKey(text).orElseThrow(() -> new IllegalStateException(file
                    + " holds no PUBLIC KEY block: append it with `openssl pkey -in " + file + " -pubout >> "
                    + file + "`"));
            return new Signer(new KeyPair(publicKey, privateKey), keyId(publicKey));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the checkpoint signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(file + " does not hold an " + ALGORITHM + " key: " + e.getMessage(), e);
        }
    }

    /**
     * The public key in a PEM text (a {@code PUBLIC KEY} block; a signing key file also has one).
     */
    public static Optional<PublicKey> publicKey(String pem) {
        return decode(pem, "PUBLIC KEY").map(bytes -> {
            try {
                return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(bytes));
            } catch (GeneralSecurityException e) {
                throw new IllegalArgumentException("the PUBLIC KEY block is not an " + ALGORITHM + " key", e);
            }
        });
    }

    /** Writes a new key pair to {@code file}, which must not exist yet. */
    public static void write(Path file, KeyPair keys) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, "chain-key", ".tmp");
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions apply.
        }
        Files.writeString(temporary, pem(keys), StandardCharsets.UTF_8);
        Files.move(temporary, file);
    }

    private static Optional<byte[]> decode(String pem, String type) {
        Matcher m = PEM.matcher(pem);
        while (m.find()) {
            if (m.group(1).equals(type)) {
                return Optional.of(Base64.getMimeDecoder().decode(m.group(2)));
            }
        }
        return Optional.empty();
    }

    private static String block(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[]{'\n'}).encodeToString(der)
               + "\n-----END " + type + "-----\n";
    }
}
