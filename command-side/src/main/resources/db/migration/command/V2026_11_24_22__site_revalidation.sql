-- The last revalidation of each page's public paths by the front end: what set it off, how it went, and after how
-- many attempts. Written by the revalidation process itself, each attempt in a transaction of its own, so a
-- failure is on record even when the event goes to the dead-letter queue.
CREATE TABLE site_revalidation (
    page_id     VARCHAR(140) NOT NULL,
    event_id    VARCHAR(255) NOT NULL,
    action      VARCHAR(64) NOT NULL,
    paths       VARCHAR(1000) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    attempts    INTEGER NOT NULL,
    http_status INTEGER,
    last_error  VARCHAR(1000),
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_site_revalidation PRIMARY KEY (page_id)
);
