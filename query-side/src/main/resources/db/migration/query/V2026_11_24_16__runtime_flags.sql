-- The flag registry as operators and runtimes read it: each flag's definition, its global value (null: the
-- default applies) and its last change, and the per-org overrides.
CREATE TABLE runtime_flag (
    flag_key         VARCHAR(128) NOT NULL,
    flag_type        VARCHAR(20) NOT NULL,
    description      VARCHAR(500) NOT NULL,
    owner            VARCHAR(128) NOT NULL,
    default_value    VARCHAR(128) NOT NULL,
    min_value        BIGINT,
    max_value        BIGINT,
    options          VARCHAR(4000),
    stops_agent_loop VARCHAR(128),
    global_value     VARCHAR(128),
    retired          BOOLEAN NOT NULL,
    version          BIGINT NOT NULL,
    defined_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by       VARCHAR(256),
    change_reason    VARCHAR(2000),
    change_action    VARCHAR(64) NOT NULL,
    CONSTRAINT pk_runtime_flag PRIMARY KEY (flag_key)
);

CREATE TABLE runtime_flag_override (
    flag_key   VARCHAR(128) NOT NULL,
    org_id     VARCHAR(140) NOT NULL,
    flag_value VARCHAR(128) NOT NULL,
    set_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    set_by     VARCHAR(256),
    CONSTRAINT pk_runtime_flag_override PRIMARY KEY (flag_key, org_id)
);

CREATE INDEX ix_runtime_flag_override_org ON runtime_flag_override (org_id, flag_key);
