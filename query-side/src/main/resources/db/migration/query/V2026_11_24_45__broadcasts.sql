-- Broadcasts as operators follow them: what was sent to how many orgs, by whom and why, and how delivery went.
CREATE TABLE broadcast_view (
    broadcast_id  VARCHAR(140)  NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          VARCHAR(10000) NOT NULL,
    severity      VARCHAR(20)   NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    recipients    INTEGER       NOT NULL,
    delivered     INTEGER       NOT NULL,
    failed        INTEGER       NOT NULL,
    requested_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    requested_by  VARCHAR(200),
    reason        VARCHAR(2000),
    completed_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_broadcast_view PRIMARY KEY (broadcast_id)
);

CREATE INDEX ix_broadcast_view_requested ON broadcast_view (requested_at DESC);
