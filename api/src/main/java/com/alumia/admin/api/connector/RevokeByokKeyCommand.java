package com.alumia.admin.api.connector;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Revokes a BYOK key (a fresh super_admin's, with a reason): every connection using it is revoked. */
public record RevokeByokKeyCommand(@TargetAggregateIdentifier ByokKeyId keyId) {
}
