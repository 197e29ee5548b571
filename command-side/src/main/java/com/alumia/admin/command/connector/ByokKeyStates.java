package com.alumia.admin.command.connector;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.connector.ByokKeyId;
import com.alumia.admin.api.connector.ByokKeyRegisteredEvent;
import com.alumia.admin.api.connector.ByokKeyRevokedEvent;
import com.alumia.admin.api.connector.ConnectionCreatedEvent;
import com.alumia.admin.command.common.DomainException;
import com.alumia.admin.command.common.InCommandTransaction;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.List;

/**
 * BYOK keys as connections need them, kept in the commands' transactions: which org holds a key, whether it is
 * revoked, and which connections use it. A connection through a revoked key, or another org's, is refused.
 */
@Component
@InCommandTransaction
@ProcessingGroup(ByokKeyStates.GROUP)
class ByokKeyStates {

    static final String GROUP = "byok-key-states";

    private final JdbcTemplate jdbc;

    ByokKeyStates(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventHandler
    void on(ByokKeyRegisteredEvent event) {
        jdbc.update("INSERT INTO byok_key_state (key_id, org_id, revoked) VALUES (?, ?, FALSE)", event.keyId().value(),
                event.org().value());
    }

    @EventHandler
    void on(ByokKeyRevokedEvent event) {
        jdbc.update("UPDATE byok_key_state SET revoked = TRUE WHERE key_id = ?", event.keyId().value());
    }

    @EventHandler
    void on(ConnectionCreatedEvent event) {
        if (event.byokKey() != null) {
            jdbc.update("INSERT INTO connection_key (connection_id, key_id) VALUES (?, ?)",
                    event.connectionId().value(), event.byokKey().value());
        }
    }

    /** Refuses a key that is unknown, another org's, or revoked. */
    void requireUsable(ByokKeyId key, OrgId org) {
        List<java.util.Map<String, Object>> rows = jdbc.queryForList("SELECT org_id, revoked FROM byok_key_state "
                                                                     + "WHERE key_id = ?", key.value());
        if (rows.isEmpty() || !org.value().equals(rows.get(0).get("org_id"))) {
            throw DomainException.notFound("byok.unknown", "The org has no BYOK key " + key.value());
        }
        if (Boolean.TRUE.equals(rows.get(0).get("revoked"))) {
            throw DomainException.conflict("byok.revoked", "The BYOK key " + key.value() + " is revoked",
                    java.util.Map.of("keyId", key.value()));
        }
    }

    List<String> connectionsUsing(ByokKeyId key) {
        return jdbc.queryForList("SELECT connection_id FROM connection_key WHERE key_id = ?", String.class,
                key.value());
    }
}
