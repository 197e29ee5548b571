-- Stored responses of POST mutations, keyed by the caller and their Idempotency-Key (kept at least 24 hours).
CREATE TABLE idempotency_record (
    actor          VARCHAR(256) NOT NULL,
    idem_key       VARCHAR(255) NOT NULL,
    method         VARCHAR(10) NOT NULL,
    path           VARCHAR(2048) NOT NULL,
    request_hash   VARCHAR(64) NOT NULL,
    state          VARCHAR(16) NOT NULL,
    status         INTEGER,
    content_type   VARCHAR(255),
    location       VARCHAR(2048),
    etag           VARCHAR(255),
    body           BYTEA,
    created_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotency_record PRIMARY KEY (actor, idem_key)
);

CREATE INDEX ix_idempotency_created ON idempotency_record (created_at);
