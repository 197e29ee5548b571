-- The marketing site's pages as operators list them: the draft, the live version (when one is published) and
-- the last change.
CREATE TABLE site_page (
    page_id          VARCHAR(140) NOT NULL,
    slug             VARCHAR(120) NOT NULL,
    status           VARCHAR(20) NOT NULL,
    draft_title      VARCHAR(200) NOT NULL,
    draft_body       VARCHAR(200000) NOT NULL,
    draft_seo        VARCHAR(300),
    draft_locale     VARCHAR(20) NOT NULL,
    live_version     INTEGER,
    live_title       VARCHAR(200),
    live_body        VARCHAR(200000),
    live_seo         VARCHAR(300),
    live_locale      VARCHAR(20),
    published_at     TIMESTAMP(6) WITH TIME ZONE,
    versions         INTEGER NOT NULL,
    unpublished      BOOLEAN NOT NULL,
    version          BIGINT NOT NULL,
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_by       VARCHAR(256),
    CONSTRAINT pk_site_page PRIMARY KEY (page_id)
);

CREATE INDEX ix_site_page_recent ON site_page (updated_at DESC, page_id DESC);
CREATE INDEX ix_site_page_slug ON site_page (slug);
