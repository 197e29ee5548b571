package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

@Revision("1")
public record ConnectorSecretRotatedEvent(ConnectorKey connector, String secretFingerprint) {
}
