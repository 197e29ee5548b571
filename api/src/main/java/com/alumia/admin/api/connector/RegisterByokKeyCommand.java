package com.alumia.admin.api.connector;

import com.alumia.admin.api.common.OrgId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Registers a reference to an org's own model-provider key: never the key, only its fingerprint and where it is
 * held (a secret manager's reference such as {@code vault://kv/acme/openai}).
 */
public record RegisterByokKeyCommand(@TargetAggregateIdentifier ByokKeyId keyId, OrgId org, String provider,
                                     String fingerprint, String heldIn) {
}
