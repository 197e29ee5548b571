package com.alumia.admin.app.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * The embedded default's token issuer: an RSA key pair made on first use and kept in a file, which both the
 * application (to verify) and the {@code token} command (to sign) read. Plain Java, so the command needs no Spring.
 */
public final class LocalIssuer {

    private final RSAKey key;
    private final String issuer;

    private LocalIssuer(RSAKey key, String issuer) {
        this.key = key;
        this.issuer = issuer;
    }

    public static LocalIssuer loadOrCreate(Path keyFile, String issuer) {
        try {
            if (Files.exists(keyFile)) {
                return new LocalIssuer(RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8)), issuer);
            }
            RSAKey created = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Path parent = keyFile.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = Files.createTempFile(parent, "signing-key", ".tmp");
            restrictToOwner(temporary);
            Files.writeString(temporary, created.toJSONString(), StandardCharsets.UTF_8);
            Files.move(temporary, keyFile);
            return new LocalIssuer(RSAKey.parse(Files.readString(keyFile, StandardCharsets.UTF_8)), issuer);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or write the local issuer key " + keyFile, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("The local issuer key " + keyFile + " is not a usable RSA JWK", e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the directory's own permissions apply.
        }
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    public String issuer() {
        return issuer;
    }

    /**
     * @param authAge how long ago the subject authenticated ({@code auth_time})
     */
    public String mint(TokenRequest request) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(request.subject())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(request.ttl())))
                .claim("auth_time", now.minus(request.authAge()).getEpochSecond())
                .claim(request.rolesClaim(), request.roles());
        if (request.org() != null) {
            claims.claim(request.orgClaim(), request.org());
        }
        if (request.acr() != null) {
            claims.claim("acr", request.acr());
        }
        if (!request.amr().isEmpty()) {
            claims.claim("amr", request.amr());
        }
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                                          claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a token with the local issuer key", e);
        }
    }

    public record TokenRequest(String subject, List<String> roles, String org, Duration authAge, String acr,
                               List<String> amr, Duration ttl, String rolesClaim, String orgClaim) {
    }
}
