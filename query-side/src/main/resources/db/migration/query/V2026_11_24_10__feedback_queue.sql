CREATE TABLE feedback_item (
    feedback_id   VARCHAR(140) NOT NULL,
    org_id        VARCHAR(140) NOT NULL,
    user_id       VARCHAR(256),
    text          VARCHAR(16384) NOT NULL,
    status        VARCHAR(20) NOT NULL,
    probe_class   VARCHAR(20) NOT NULL,
    category      VARCHAR(30) NOT NULL,
    severity      VARCHAR(10) NOT NULL,
    severity_rank INTEGER NOT NULL,
    fingerprint   VARCHAR(64) NOT NULL,
    assignee      VARCHAR(256),
    received_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL,
    CONSTRAINT pk_feedback_item PRIMARY KEY (feedback_id)
);

-- The default triage order, and the same order within the filters operators use most.
CREATE INDEX ix_feedback_item_triage ON feedback_item (severity_rank DESC, updated_at DESC, feedback_id DESC);
CREATE INDEX ix_feedback_item_status ON feedback_item (status, severity_rank DESC, updated_at DESC, feedback_id DESC);
CREATE INDEX ix_feedback_item_recent ON feedback_item (updated_at DESC, feedback_id DESC);
CREATE INDEX ix_feedback_item_received ON feedback_item (received_at, feedback_id);
CREATE INDEX ix_feedback_item_org ON feedback_item (org_id, severity_rank DESC, updated_at DESC);
CREATE INDEX ix_feedback_item_fingerprint ON feedback_item (fingerprint, org_id);
CREATE INDEX ix_feedback_item_class ON feedback_item (probe_class, severity_rank DESC, updated_at DESC);

CREATE TABLE feedback_group (
    fingerprint   VARCHAR(64) NOT NULL,
    probe_class   VARCHAR(20) NOT NULL,
    category      VARCHAR(30) NOT NULL,
    severity      VARCHAR(10) NOT NULL,
    severity_rank INTEGER NOT NULL,
    size          BIGINT NOT NULL,
    open_count    BIGINT NOT NULL,
    org_count     BIGINT NOT NULL,
    first_seen    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    sample        VARCHAR(300),
    CONSTRAINT pk_feedback_group PRIMARY KEY (fingerprint)
);

-- The orgs seen in each group, so that the distinct-org count is kept by increments that are safe under
-- concurrent segments.
CREATE TABLE feedback_group_org (
    fingerprint VARCHAR(64) NOT NULL,
    org_id      VARCHAR(140) NOT NULL,
    CONSTRAINT pk_feedback_group_org PRIMARY KEY (fingerprint, org_id)
);

CREATE INDEX ix_feedback_group_size ON feedback_group (size DESC, last_seen DESC, fingerprint DESC);
CREATE INDEX ix_feedback_group_class ON feedback_group (probe_class, size DESC);
