-- The platform health views: each reported subject as last recorded, and its changes of status.
CREATE TABLE platform_signal (
    signal_id    VARCHAR(240) NOT NULL,
    area         VARCHAR(40)  NOT NULL,
    subject      VARCHAR(200) NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    since        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reported_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    metrics      VARCHAR(4000) NOT NULL,
    labels       VARCHAR(8000) NOT NULL,
    detail       VARCHAR(2000),
    CONSTRAINT pk_platform_signal PRIMARY KEY (signal_id)
);

CREATE INDEX ix_platform_signal_area ON platform_signal (area, status);

CREATE TABLE platform_signal_change (
    signal_id    VARCHAR(240) NOT NULL,
    seq          BIGINT       NOT NULL,
    at           TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    previous     VARCHAR(20),
    metrics      VARCHAR(4000) NOT NULL,
    detail       VARCHAR(2000),
    CONSTRAINT pk_platform_signal_change PRIMARY KEY (signal_id, seq)
);
