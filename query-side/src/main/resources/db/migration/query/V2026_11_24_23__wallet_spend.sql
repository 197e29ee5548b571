-- Agents' spend requests as the wallets screen and the real-time authorization decision read them: what was asked,
-- what was approved, how much authorizations have taken.
CREATE TABLE wallet_spend_request (
    request_id        VARCHAR(140) NOT NULL,
    org_id            VARCHAR(140) NOT NULL,
    agent_id          VARCHAR(140) NOT NULL,
    amount            BIGINT NOT NULL,
    currency          VARCHAR(3) NOT NULL,
    merchant_name     VARCHAR(200),
    merchant_category VARCHAR(100),
    purpose           VARCHAR(1000) NOT NULL,
    expires_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    status            VARCHAR(20) NOT NULL,
    approved_amount   BIGINT,
    reserved          BIGINT NOT NULL,
    requested_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL,
    CONSTRAINT pk_wallet_spend_request PRIMARY KEY (request_id)
);

CREATE INDEX ix_wallet_spend_agent ON wallet_spend_request (org_id, agent_id, status, expires_at);
