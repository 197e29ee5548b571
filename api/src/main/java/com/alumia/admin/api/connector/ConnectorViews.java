package com.alumia.admin.api.connector;

import java.time.Instant;
import java.util.List;

/** What /admin/connectors, /admin/connections, /admin/byok-keys and /admin/connector-events read. */
public final class ConnectorViews {

    private ConnectorViews() {
    }

    /** @param health of its delivery endpoint: {@code healthy}, {@code degraded}, {@code failing} or {@code unknown} */
    public record Connector(String connector, String name, String kind, SignatureScheme scheme, boolean allowUnsigned,
                            String deliveryUrl, String secretFingerprint, Instant secretRotatedAt,
                            Instant registeredAt, String health) {
    }

    public record Connectors(List<Connector> items) {
    }

    public record FindConnectorsQuery() {
    }

    public record Connection(String connectionId, String orgId, String connector, String byokKeyId,
                             ConnectionState state, Instant stateSince, Instant createdAt, long version,
                             List<ConnectionChange> history) {

        public Connection withHistory(List<ConnectionChange> changes) {
            return new Connection(connectionId, orgId, connector, byokKeyId, state, stateSince, createdAt, version,
                    changes);
        }
    }

    public record ConnectionChange(Instant at, ConnectionState from, ConnectionState to, String cause, String actor,
                                   String reason) {
    }

    public record Connections(List<Connection> items) {
    }

    public record FindConnectionsQuery(String orgId, String connector, ConnectionState state) {
    }

    public record FindConnectionQuery(String connectionId) {
    }

    public record ByokKey(String keyId, String orgId, String provider, String fingerprint, String heldIn,
                          String state, Instant registeredAt, Instant revokedAt, String revokedBy,
                          String revocationReason) {
    }

    public record ByokKeys(List<ByokKey> items) {
    }

    public record FindByokKeysQuery(String orgId) {
    }

    public record Event(String id, String connector, String eventId, String orgId, Posture posture,
                        DeliveryStatus status, String endpoint, int sizeBytes, Instant receivedAt, int attempts,
                        Instant lastAttemptAt, Integer lastStatusCode, String lastError, Instant nextAttemptAt,
                        Instant deliveredAt, List<Attempt> ledger) {
    }

    public record Attempt(int attempt, Instant at, String endpoint, Integer statusCode, long durationMillis,
                          String error, Instant nextAttemptAt) {
    }

    public record Events(List<Event> items) {
    }

    /** Recent delivery failures first (dead-lettered and retrying, latest attempt first), then the rest, newest. */
    public record FindEventsQuery(String connector, String orgId, DeliveryStatus status, Instant from, Instant to,
                                  int limit) {
    }

    public record FindEventQuery(String id) {
    }

    /**
     * An endpoint's health over its last attempts (at most 20): {@code failing} when the last five all failed,
     * {@code degraded} when any failed, {@code healthy} otherwise.
     */
    public record Endpoint(String endpoint, String health, int attempts, int failures, Instant lastAttemptAt,
                           Instant lastSuccessAt, String lastError) {
    }

    public record Endpoints(List<Endpoint> items) {
    }

    public record FindEndpointsQuery() {
    }
}
