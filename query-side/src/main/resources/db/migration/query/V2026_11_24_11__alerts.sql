CREATE TABLE alert (
    alert_id      VARCHAR(140) NOT NULL,
    org_id        VARCHAR(140) NOT NULL,
    kind          VARCHAR(30) NOT NULL,
    severity      VARCHAR(10) NOT NULL,
    severity_rank INTEGER NOT NULL,
    status        VARCHAR(20) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    detail        VARCHAR(16384),
    source        VARCHAR(128) NOT NULL,
    occurred_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT NOT NULL,
    CONSTRAINT pk_alert PRIMARY KEY (alert_id)
);

CREATE INDEX ix_alert_order ON alert (severity_rank DESC, occurred_at DESC, alert_id DESC);
CREATE INDEX ix_alert_status ON alert (status, severity_rank DESC, occurred_at DESC);
CREATE INDEX ix_alert_org ON alert (org_id, severity_rank DESC, occurred_at DESC);
