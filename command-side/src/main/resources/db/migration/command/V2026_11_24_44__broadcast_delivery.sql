-- Broadcasts to deliver, a chunk of orgs per row, written in the transaction of the request: what to send, the
-- audit metadata of the operator who sent it (which every recorded attempt carries), and when the next attempt is due.
CREATE TABLE broadcast_delivery (
    delivery_id     VARCHAR(160) NOT NULL,
    broadcast_id    VARCHAR(140) NOT NULL,
    chunk           INTEGER      NOT NULL,
    payload         TEXT         NOT NULL,
    metadata        TEXT         NOT NULL,
    attempt         INTEGER      NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    next_attempt_at TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_broadcast_delivery PRIMARY KEY (delivery_id)
);

CREATE INDEX ix_broadcast_delivery_due ON broadcast_delivery (next_attempt_at);
