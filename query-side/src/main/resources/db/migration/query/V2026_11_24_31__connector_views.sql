-- Connector governance as operators read it: the catalog, per-org connections with their history, BYOK key
-- references, and accepted connector events with their delivery ledgers.
CREATE TABLE connector_view (
    connector          VARCHAR(40) NOT NULL,
    name               VARCHAR(120) NOT NULL,
    kind               VARCHAR(60) NOT NULL,
    scheme             VARCHAR(30) NOT NULL,
    allow_unsigned     BOOLEAN NOT NULL,
    delivery_url       VARCHAR(2000) NOT NULL,
    secret_fingerprint VARCHAR(40) NOT NULL,
    secret_rotated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    registered_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_connector_view PRIMARY KEY (connector)
);

CREATE TABLE connection_view (
    connection_id VARCHAR(140) NOT NULL,
    org_id        VARCHAR(140) NOT NULL,
    connector     VARCHAR(40) NOT NULL,
    byok_key_id   VARCHAR(140),
    state         VARCHAR(20) NOT NULL,
    state_since   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL,
    CONSTRAINT pk_connection_view PRIMARY KEY (connection_id)
);

CREATE INDEX ix_connection_view_org ON connection_view (org_id, connector);

CREATE TABLE connection_change (
    connection_id VARCHAR(140) NOT NULL,
    seq           BIGINT NOT NULL,
    at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    from_state    VARCHAR(20),
    to_state      VARCHAR(20) NOT NULL,
    cause         VARCHAR(500),
    actor         VARCHAR(300),
    reason        VARCHAR(2000),
    CONSTRAINT pk_connection_change PRIMARY KEY (connection_id, seq)
);

CREATE TABLE byok_key_view (
    key_id            VARCHAR(140) NOT NULL,
    org_id            VARCHAR(140) NOT NULL,
    provider          VARCHAR(60) NOT NULL,
    fingerprint       VARCHAR(128) NOT NULL,
    held_in           VARCHAR(500) NOT NULL,
    state             VARCHAR(20) NOT NULL,
    registered_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    revoked_at        TIMESTAMP(6) WITH TIME ZONE,
    revoked_by        VARCHAR(300),
    revocation_reason VARCHAR(2000),
    CONSTRAINT pk_byok_key_view PRIMARY KEY (key_id)
);

CREATE TABLE connector_event_view (
    id               VARCHAR(40) NOT NULL,
    connector        VARCHAR(40) NOT NULL,
    event_id         VARCHAR(200) NOT NULL,
    org_id           VARCHAR(140),
    posture          VARCHAR(20) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    endpoint         VARCHAR(2000) NOT NULL,
    size_bytes       INTEGER NOT NULL,
    received_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    attempts         INTEGER NOT NULL,
    last_attempt_at  TIMESTAMP(6) WITH TIME ZONE,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    next_attempt_at  TIMESTAMP(6) WITH TIME ZONE,
    delivered_at     TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_connector_event_view PRIMARY KEY (id)
);

CREATE INDEX ix_connector_event_view_received ON connector_event_view (received_at);
CREATE INDEX ix_connector_event_view_status ON connector_event_view (status, last_attempt_at);

CREATE TABLE connector_attempt (
    id              VARCHAR(40) NOT NULL,
    seq             BIGINT NOT NULL,
    attempt         INTEGER NOT NULL,
    at              TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    endpoint        VARCHAR(2000) NOT NULL,
    status_code     INTEGER,
    duration_ms     BIGINT NOT NULL,
    error           VARCHAR(500),
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_connector_attempt PRIMARY KEY (id, seq)
);

CREATE INDEX ix_connector_attempt_endpoint ON connector_attempt (endpoint, at);
