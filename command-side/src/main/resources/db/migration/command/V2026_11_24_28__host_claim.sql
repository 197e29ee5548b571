-- Every hostname a deployment target answers on (default hosts and custom domains, verified or not) and the
-- target that holds it as "org/target": written in the transaction of the target's command, so that no two
-- targets, of one org or of two, ever hold one hostname.
CREATE TABLE host_claim (
    host   VARCHAR(260) NOT NULL,
    holder VARCHAR(290) NOT NULL,
    CONSTRAINT pk_host_claim PRIMARY KEY (host)
);

-- When each custom domain's DNS records are next checked, and how the last check went; kept by the checker.
CREATE TABLE domain_check (
    host            VARCHAR(260) NOT NULL,
    target_id       VARCHAR(140) NOT NULL,
    next_check_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    last_checked_at TIMESTAMP(6) WITH TIME ZONE,
    last_outcome    VARCHAR(20),
    last_error      VARCHAR(500),
    CONSTRAINT pk_domain_check PRIMARY KEY (host)
);

CREATE INDEX ix_domain_check_due ON domain_check (next_check_at);
