-- The skill catalog as operators list it: every skill with its state (active, deleted within its restore window,
-- or purged), newest first, by org and state.
CREATE TABLE skill_view (
    skill_id      VARCHAR(140) NOT NULL,
    org_id        VARCHAR(140) NOT NULL,
    name          VARCHAR(200) NOT NULL,
    skill_version VARCHAR(64) NOT NULL,
    publisher     VARCHAR(200),
    state         VARCHAR(20) NOT NULL,
    published_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    deleted_at    TIMESTAMP(6) WITH TIME ZONE,
    restore_until TIMESTAMP(6) WITH TIME ZONE,
    purged_at     TIMESTAMP(6) WITH TIME ZONE,
    revision      BIGINT NOT NULL,
    CONSTRAINT pk_skill_view PRIMARY KEY (skill_id)
);

CREATE INDEX ix_skill_view_published ON skill_view (published_at, skill_id);
CREATE INDEX ix_skill_view_org ON skill_view (org_id, state, published_at);
