-- Custom domains of deployment targets, each change of their DNS state (their timelines), health incidents, and
-- the host routes edge routers read.
CREATE TABLE deployment_domain (
    host         VARCHAR(260) NOT NULL,
    target_id    VARCHAR(140) NOT NULL,
    org_id       VARCHAR(140) NOT NULL,
    state        VARCHAR(20) NOT NULL,
    state_since  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    txt_name     VARCHAR(300) NOT NULL,
    txt_value    VARCHAR(100) NOT NULL,
    cname_target VARCHAR(260) NOT NULL,
    findings     VARCHAR(20000) NOT NULL,
    added_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deployment_domain PRIMARY KEY (host)
);

CREATE INDEX ix_deployment_domain_target ON deployment_domain (target_id);

CREATE TABLE deployment_domain_change (
    target_id  VARCHAR(140) NOT NULL,
    seq        BIGINT NOT NULL,
    host       VARCHAR(260) NOT NULL,
    at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    change     VARCHAR(20) NOT NULL,
    from_state VARCHAR(20),
    to_state   VARCHAR(20),
    findings   VARCHAR(20000) NOT NULL,
    actor      VARCHAR(300),
    reason     VARCHAR(2000),
    CONSTRAINT pk_deployment_domain_change PRIMARY KEY (target_id, seq)
);

CREATE TABLE deployment_incident (
    target_id   VARCHAR(140) NOT NULL,
    number      INTEGER NOT NULL,
    health      VARCHAR(20) NOT NULL,
    details     VARCHAR(12000) NOT NULL,
    opened_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    resolved_at TIMESTAMP(6) WITH TIME ZONE,
    resolved_by VARCHAR(300),
    resolution  VARCHAR(2000),
    CONSTRAINT pk_deployment_incident PRIMARY KEY (target_id, number)
);

-- kind: default_host, wildcard (host holds the pattern, "*.acme.enterprise.alumia.com") or custom_domain, which
-- routes only while verified.
CREATE TABLE host_route (
    host      VARCHAR(260) NOT NULL,
    target_id VARCHAR(140) NOT NULL,
    org_id    VARCHAR(140) NOT NULL,
    kind      VARCHAR(20) NOT NULL,
    verified  BOOLEAN NOT NULL,
    CONSTRAINT pk_host_route PRIMARY KEY (host)
);
