-- Cancellations of agent sessions: what operators asked for and the runtime confirmed, and what the runtime has
-- still to carry out (state 'requested', oldest first).
CREATE TABLE agent_session_cancellation (
    session_id   VARCHAR(140) NOT NULL,
    org_id       VARCHAR(140) NOT NULL,
    state        VARCHAR(20) NOT NULL,
    requested_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    requested_by VARCHAR(300),
    reason       VARCHAR(2000),
    outcome      VARCHAR(20),
    detail       VARCHAR(2000),
    completed_at TIMESTAMP(6) WITH TIME ZONE,
    confirmed_by VARCHAR(300),
    CONSTRAINT pk_agent_session_cancellation PRIMARY KEY (session_id)
);

CREATE INDEX ix_agent_session_cancellation_state ON agent_session_cancellation (state, requested_at, session_id);
CREATE INDEX ix_agent_session_cancellation_requested ON agent_session_cancellation (requested_at, session_id);
