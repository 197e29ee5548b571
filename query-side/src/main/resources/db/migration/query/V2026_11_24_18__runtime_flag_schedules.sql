-- Changes of flags scheduled for later: waiting, applied (by the durable deadline), cancelled, or dropped with
-- a retired flag.
CREATE TABLE runtime_flag_schedule (
    flag_key     VARCHAR(128) NOT NULL,
    schedule_id  VARCHAR(140) NOT NULL,
    org_id       VARCHAR(140),
    clears       BOOLEAN NOT NULL,
    flag_value   VARCHAR(128),
    apply_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status       VARCHAR(20) NOT NULL,
    scheduled_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    scheduled_by VARCHAR(256),
    reason       VARCHAR(2000),
    settled_at   TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_runtime_flag_schedule PRIMARY KEY (flag_key, schedule_id)
);
