package com.alumia.admin.app;

import com.alumia.admin.app.security.LocalIssuer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Real signed tokens from the local issuer, as an operator would mint them with the CLI.
 */
public final class TestTokens {

    static final Path KEY_FILE;
    private static final LocalIssuer ISSUER;

    static {
        try {
            KEY_FILE = Files.createTempDirectory("alumia-issuer").resolve("signing-key.json");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ISSUER = LocalIssuer.loadOrCreate(KEY_FILE, "alumia-local");
    }

    private TestTokens() {
    }

    public static String token(String subject, String... roles) {
        return mint(subject, Duration.ofSeconds(5), null, roles);
    }

    /** A super_admin who authenticated strongly a moment ago: passes requireFreshSuperAdmin. */
    public static String freshSuperAdmin(String subject) {
        return mint(subject, Duration.ofSeconds(5), "urn:alumia:acr:mfa", "super_admin");
    }

    /** A super_admin whose authentication is older than the step-up limit. */
    public static String staleSuperAdmin(String subject) {
        return mint(subject, Duration.ofMinutes(30), "urn:alumia:acr:mfa", "super_admin");
    }

    public static String mint(String subject, Duration authAge, String acr, String... roles) {
        return ISSUER.mint(new LocalIssuer.TokenRequest(subject, List.of(roles), null, authAge, acr, List.of(),
                                                        Duration.ofHours(1), "roles", "org_id"));
    }
}
