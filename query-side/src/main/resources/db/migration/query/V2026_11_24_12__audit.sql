CREATE TABLE audit_entry (
    position            BIGINT NOT NULL,
    event_id            VARCHAR(255) NOT NULL,
    action              VARCHAR(128) NOT NULL,
    aggregate_type      VARCHAR(128),
    aggregate_id        VARCHAR(255),
    aggregate_sequence  BIGINT,
    org_id              VARCHAR(140),
    occurred_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor               VARCHAR(256),
    actor_roles         VARCHAR(512),
    actor_org           VARCHAR(140),
    auth_time           TIMESTAMP(6) WITH TIME ZONE,
    step_up_age_seconds BIGINT,
    acr                 VARCHAR(256),
    amr                 VARCHAR(256),
    request_id          VARCHAR(128),
    client_address      VARCHAR(64),
    user_agent          VARCHAR(512),
    reason              VARCHAR(2000),
    idempotency_key     VARCHAR(255),
    payload_type        VARCHAR(255) NOT NULL,
    payload_revision    VARCHAR(32),
    payload             VARCHAR(1000000) NOT NULL,
    CONSTRAINT pk_audit_entry PRIMARY KEY (position),
    CONSTRAINT uk_audit_entry_event UNIQUE (event_id)
);

-- Every filter of the audit search, each ending in position so that paging in global order stays on the index.
CREATE INDEX ix_audit_actor ON audit_entry (actor, position);
CREATE INDEX ix_audit_action ON audit_entry (action, position);
CREATE INDEX ix_audit_aggregate ON audit_entry (aggregate_id, position);
CREATE INDEX ix_audit_aggregate_type ON audit_entry (aggregate_type, position);
CREATE INDEX ix_audit_org ON audit_entry (org_id, position);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at, position);

CREATE TABLE audit_aggregate_org (
    aggregate_id VARCHAR(255) NOT NULL,
    org_id       VARCHAR(140) NOT NULL,
    CONSTRAINT pk_audit_aggregate_org PRIMARY KEY (aggregate_id)
);
