-- Deployment targets as /admin/deployments lists them.
CREATE TABLE deployment_target (
    target_id         VARCHAR(140) NOT NULL,
    org_id            VARCHAR(140) NOT NULL,
    name              VARCHAR(120) NOT NULL,
    region            VARCHAR(40) NOT NULL,
    routing_mode      VARCHAR(20) NOT NULL,
    isolation_mode    VARCHAR(30) NOT NULL,
    default_hosts     VARCHAR(6000) NOT NULL,
    migration_version VARCHAR(40) NOT NULL,
    health            VARCHAR(20) NOT NULL,
    health_details    VARCHAR(12000),
    health_since      TIMESTAMP(6) WITH TIME ZONE,
    version           BIGINT NOT NULL,
    created_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deployment_target PRIMARY KEY (target_id)
);

CREATE INDEX ix_deployment_target_org ON deployment_target (org_id, name);
