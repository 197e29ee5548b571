package com.alumia.admin.command.connector;

import com.alumia.admin.api.connector.ByokKeyRevokedEvent;
import com.alumia.admin.api.connector.ChangeConnectionStateCommand;
import com.alumia.admin.api.connector.ConnectionId;
import com.alumia.admin.api.connector.ConnectionState;
import com.alumia.admin.command.common.CommandSender;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

/**
 * A revoked BYOK key revokes every connection that uses it, each a change in the connection's own history with the
 * key named as the cause, carrying the revoking operator's audit metadata.
 */
@Component
@ProcessingGroup("byok-revocations")
class ByokRevocations {

    private final ByokKeyStates keys;
    private final CommandSender commands;

    ByokRevocations(ByokKeyStates keys, CommandSender commands) {
        this.keys = keys;
        this.commands = commands;
    }

    @EventHandler
    @DisallowReplay
    void on(ByokKeyRevokedEvent event, MetaData metaData) {
        for (String connection : keys.connectionsUsing(event.keyId())) {
            try {
                commands.sendWith(new ChangeConnectionStateCommand(new ConnectionId(connection),
                        ConnectionState.REVOKED, "BYOK key " + event.keyId().value() + " revoked"), metaData);
            } catch (DomainException e) {
                if (!e.violation().code().equals("connection.revoked")) {
                    throw e;
                }
            }
        }
    }
}
