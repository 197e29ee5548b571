-- Every usage record's event id and the batch that reported it: a record is counted once.
CREATE TABLE usage_event_claim (
    event_id VARCHAR(200) NOT NULL,
    batch_id VARCHAR(140) NOT NULL,
    CONSTRAINT pk_usage_event_claim PRIMARY KEY (event_id)
);

CREATE INDEX ix_usage_event_claim_batch ON usage_event_claim (batch_id);
