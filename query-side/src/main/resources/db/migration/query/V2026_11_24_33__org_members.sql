-- Orgs gain a status, members with their org roles, workspaces with their owners, and a history of changes.
ALTER TABLE org_directory ADD COLUMN status VARCHAR(20) DEFAULT 'active' NOT NULL;

CREATE TABLE org_member (
    org_id VARCHAR(140) NOT NULL,
    email  VARCHAR(254) NOT NULL,
    role   VARCHAR(20) NOT NULL,
    state  VARCHAR(20) NOT NULL,
    since  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_org_member PRIMARY KEY (org_id, email)
);

CREATE TABLE org_workspace (
    org_id       VARCHAR(140) NOT NULL,
    workspace_id VARCHAR(63) NOT NULL,
    name         VARCHAR(200) NOT NULL,
    owner_email  VARCHAR(254) NOT NULL,
    created_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_org_workspace PRIMARY KEY (org_id, workspace_id)
);

CREATE TABLE org_change (
    org_id  VARCHAR(140) NOT NULL,
    seq     BIGINT NOT NULL,
    at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    action  VARCHAR(80) NOT NULL,
    summary VARCHAR(600) NOT NULL,
    actor   VARCHAR(300),
    reason  VARCHAR(2000),
    CONSTRAINT pk_org_change PRIMARY KEY (org_id, seq)
);
