-- The orgs of the platform, as operators list them and as commands about an org check it exists.
CREATE TABLE org_directory (
    org_id     VARCHAR(140) NOT NULL,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version    BIGINT NOT NULL,
    CONSTRAINT pk_org_directory PRIMARY KEY (org_id)
);
