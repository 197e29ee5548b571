-- Usage records as services reported them, a day-by-day rollup per org and model, and each org's budget.
CREATE TABLE usage_record (
    event_id     VARCHAR(200) NOT NULL,
    batch_id     VARCHAR(140) NOT NULL,
    org_id       VARCHAR(140) NOT NULL,
    workspace_id VARCHAR(140),
    model        VARCHAR(120) NOT NULL,
    tokens_in    BIGINT NOT NULL,
    tokens_out   BIGINT NOT NULL,
    cost_micros  BIGINT NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_usage_record PRIMARY KEY (event_id)
);

CREATE INDEX ix_usage_record_org_time ON usage_record (org_id, occurred_at, event_id);

CREATE TABLE usage_daily (
    on_day      DATE NOT NULL,
    org_id      VARCHAR(140) NOT NULL,
    model       VARCHAR(120) NOT NULL,
    tokens_in   BIGINT NOT NULL,
    tokens_out  BIGINT NOT NULL,
    cost_micros BIGINT NOT NULL,
    records     BIGINT NOT NULL,
    CONSTRAINT pk_usage_daily PRIMARY KEY (on_day, org_id, model)
);

CREATE TABLE usage_budget (
    org_id          VARCHAR(140) NOT NULL,
    limit_micros    BIGINT,
    near_percent    INTEGER,
    payment_failing BOOLEAN NOT NULL,
    payment_detail  VARCHAR(500),
    CONSTRAINT pk_usage_budget PRIMARY KEY (org_id)
);
