package com.alumia.admin.command.connector;

import com.alumia.admin.api.common.OrgId;
import com.alumia.admin.api.connector.ByokKeyId;
import com.alumia.admin.api.connector.ByokKeyRegisteredEvent;
import com.alumia.admin.api.connector.ByokKeyRevokedEvent;
import com.alumia.admin.api.connector.RegisterByokKeyCommand;
import com.alumia.admin.api.connector.RevokeByokKeyCommand;
import com.alumia.admin.command.common.DomainException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.Map;
import java.util.regex.Pattern;

import static com.alumia.admin.command.common.TextRules.requireText;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * A reference to an org's own model-provider key: its fingerprint and where it is held, never the key. Revoking it
 * revokes the connections that use it ({@link ByokRevocations}).
 */
@Aggregate
class ByokKey {

    private static final Pattern FINGERPRINT = Pattern.compile("[A-Za-z0-9:_+/=-]{8,128}");
    private static final Pattern KEY_MATERIAL = Pattern.compile("(sk|rk|pk)[-_][A-Za-z0-9_-]{16,}");

    @AggregateIdentifier
    private ByokKeyId keyId;
    private OrgId org;
    private boolean revoked;

    ByokKey() {
    }

    @CommandHandler
    ByokKey(RegisterByokKeyCommand command) {
        if (command.org() == null) {
            throw DomainException.invalid("byok.org_required", "a key belongs to an org");
        }
        String fingerprint = requireText("fingerprint", command.fingerprint(), 128);
        String heldIn = requireText("heldIn", command.heldIn(), 500);
        if (!FINGERPRINT.matcher(fingerprint).matches()) {
            throw DomainException.invalid("byok.fingerprint_invalid", "a fingerprint is 8 to 128 letters, digits "
                                                                      + "and : _ + / = -");
        }
        if (KEY_MATERIAL.matcher(fingerprint).find() || KEY_MATERIAL.matcher(heldIn).find()) {
            throw DomainException.invalid("byok.key_material", "that looks like the key itself: register where it is "
                                                               + "held and its fingerprint, never the key");
        }
        apply(new ByokKeyRegisteredEvent(command.keyId(), command.org(), requireText("provider", command.provider(),
                60), fingerprint, heldIn));
    }

    @CommandHandler
    long handle(RevokeByokKeyCommand command) {
        if (revoked) {
            throw DomainException.conflict("byok.revoked", "The key is revoked already", Map.of());
        }
        apply(new ByokKeyRevokedEvent(keyId, org));
        return getVersion();
    }

    @EventSourcingHandler
    void on(ByokKeyRegisteredEvent event) {
        keyId = event.keyId();
        org = event.org();
    }

    @EventSourcingHandler
    void on(ByokKeyRevokedEvent event) {
        revoked = true;
    }
}
