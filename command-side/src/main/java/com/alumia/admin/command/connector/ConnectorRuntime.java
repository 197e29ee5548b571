package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ConnectorKey;
import com.alumia.admin.api.connector.SignatureScheme;
import com.alumia.admin.command.common.DomainException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * What the intake and the delivery of a connector's events need at once, kept in {@code connector_runtime} in the
 * transaction of the connector's commands; the signing secret lives only here, never in the log.
 */
@Component
class ConnectorRuntime {

    record Config(ConnectorKey connector, SignatureScheme scheme, boolean allowUnsigned, URI deliveryUrl,
                  String secret, Instant secretRotatedAt) {
    }

    private final JdbcTemplate jdbc;

    ConnectorRuntime(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    void register(ConnectorKey connector, SignatureScheme scheme, boolean allowUnsigned, URI deliveryUrl,
                  String secret, Instant at) {
        try {
            jdbc.update("INSERT INTO connector_runtime (connector, scheme, allow_unsigned, delivery_url, secret, "
                        + "secret_rotated_at) VALUES (?, ?, ?, ?, ?, ?)", connector.value(), scheme.name(),
                    allowUnsigned, deliveryUrl.toString(), secret, Timestamp.from(at));
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("connector.exists", "A connector " + connector.value() + " exists already",
                    Map.of("connector", connector.value()));
        }
    }

    void rotate(ConnectorKey connector, String secret, Instant at) {
        jdbc.update("UPDATE connector_runtime SET secret = ?, secret_rotated_at = ? WHERE connector = ?", secret,
                Timestamp.from(at), connector.value());
    }

    Optional<Config> find(ConnectorKey connector) {
        return jdbc.query("SELECT * FROM connector_runtime WHERE connector = ?", (rs, n) -> new Config(connector,
                SignatureScheme.valueOf(rs.getString("scheme")), rs.getBoolean("allow_unsigned"),
                URI.create(rs.getString("delivery_url")), rs.getString("secret"),
                rs.getObject("secret_rotated_at", OffsetDateTime.class).toInstant()), connector.value())
                   .stream().findFirst();
    }

    /** The first 16 hex digits of the secret's SHA-256: enough to tell secrets apart, nothing to sign with. */
    static String fingerprint(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
