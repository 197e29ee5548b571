-- The slug of every live (not archived) page: written in the transaction of the page's command, so that two pages
-- never hold one slug.
CREATE TABLE site_slug (
    slug    VARCHAR(120) NOT NULL,
    page_id VARCHAR(140) NOT NULL,
    CONSTRAINT pk_site_slug PRIMARY KEY (slug)
);
