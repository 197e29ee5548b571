package com.alumia.admin.api.connector;

import org.axonframework.serialization.Revision;

import java.net.URI;

/** A connector was registered; {@code secretFingerprint} is the first 16 hex digits of the secret's SHA-256. */
@Revision("1")
public record ConnectorRegisteredEvent(ConnectorKey connector, String name, String kind, SignatureScheme scheme,
                                       boolean allowUnsigned, URI deliveryUrl, String secretFingerprint) {
}
