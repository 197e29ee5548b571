-- /admin/security: security events services report, and the platform's own refused attempts.
CREATE TABLE security_event_view (
    event_id     VARCHAR(140)  NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    source       VARCHAR(100)  NOT NULL,
    kind         VARCHAR(80)   NOT NULL,
    severity     VARCHAR(20)   NOT NULL,
    severity_rank INTEGER      NOT NULL,
    org_id       VARCHAR(100),
    subject      VARCHAR(300),
    detail       VARCHAR(4000),
    CONSTRAINT pk_security_event_view PRIMARY KEY (event_id)
);

CREATE INDEX ix_security_event_time ON security_event_view (occurred_at DESC, event_id);
CREATE INDEX ix_security_event_kind ON security_event_view (kind, occurred_at);
