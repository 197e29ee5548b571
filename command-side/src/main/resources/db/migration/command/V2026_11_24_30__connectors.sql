-- What the connector intake and delivery need at once, kept in the transaction of the connector's commands: the
-- scheme, whether unsigned events are accepted, where events go, and the signing secret, which never enters the log.
CREATE TABLE connector_runtime (
    connector         VARCHAR(40) NOT NULL,
    scheme            VARCHAR(30) NOT NULL,
    allow_unsigned    BOOLEAN NOT NULL,
    delivery_url      VARCHAR(2000) NOT NULL,
    secret            VARCHAR(200) NOT NULL,
    secret_rotated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_connector_runtime PRIMARY KEY (connector)
);

-- Inbound events per connector, day and posture (verified, unsigned_allowed, failed): failed ones are only counted.
CREATE TABLE connector_intake (
    connector VARCHAR(40) NOT NULL,
    on_day    DATE NOT NULL,
    posture   VARCHAR(20) NOT NULL,
    events    BIGINT NOT NULL,
    CONSTRAINT pk_connector_intake PRIMARY KEY (connector, on_day, posture)
);

-- BYOK keys as connections need them: which org holds each and whether it is revoked.
CREATE TABLE byok_key_state (
    key_id  VARCHAR(140) NOT NULL,
    org_id  VARCHAR(140) NOT NULL,
    revoked BOOLEAN NOT NULL,
    CONSTRAINT pk_byok_key_state PRIMARY KEY (key_id)
);

CREATE TABLE connection_key (
    connection_id VARCHAR(140) NOT NULL,
    key_id        VARCHAR(140) NOT NULL,
    CONSTRAINT pk_connection_key PRIMARY KEY (connection_id)
);

CREATE INDEX ix_connection_key_key ON connection_key (key_id);

-- Every accepted connector event's delivery: the body to send, its status and when the next attempt is due.
CREATE TABLE connector_delivery (
    id              VARCHAR(40) NOT NULL,
    connector       VARCHAR(40) NOT NULL,
    org_id          VARCHAR(140),
    endpoint        VARCHAR(2000) NOT NULL,
    payload         TEXT NOT NULL,
    content_type    VARCHAR(200) NOT NULL,
    received_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    attempt         INTEGER NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_connector_delivery PRIMARY KEY (id)
);

CREATE INDEX ix_connector_delivery_due ON connector_delivery (next_attempt_at);
CREATE INDEX ix_connector_delivery_received ON connector_delivery (received_at);

-- Replays as they run: what they select, how far they got (a cursor in received order), progress, a cancellation
-- asked for, and the audit metadata of the operator who started them, which every event they send again carries.
-- A node takes a running replay for a chunk of events at a time (next_run_at), so a replay survives its node.
CREATE TABLE connector_replay (
    replay_id             VARCHAR(140) NOT NULL,
    connector             VARCHAR(40),
    org_id                VARCHAR(140),
    status                VARCHAR(20),
    from_at               TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    to_at                 TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    even_if_acknowledged  BOOLEAN NOT NULL,
    metadata              VARCHAR(8000) NOT NULL,
    total                 INTEGER NOT NULL,
    requeued              INTEGER NOT NULL,
    skipped               INTEGER NOT NULL,
    state                 VARCHAR(20) NOT NULL,
    cancel_requested      BOOLEAN NOT NULL,
    cursor_received_at    TIMESTAMP(6) WITH TIME ZONE,
    cursor_id             VARCHAR(40),
    next_run_at           TIMESTAMP(6) WITH TIME ZONE,
    started_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    finished_at           TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_connector_replay PRIMARY KEY (replay_id)
);

CREATE INDEX ix_connector_replay_due ON connector_replay (next_run_at);
