-- The wallets screen: cards as Stripe reports them, and authorizations with Stripe's outcome and our real-time
-- answer (either may arrive first).
CREATE TABLE wallet_card (
    card_id    VARCHAR(140) NOT NULL,
    org_id     VARCHAR(140),
    agent_id   VARCHAR(140),
    last4      VARCHAR(4),
    brand      VARCHAR(40),
    currency   VARCHAR(3),
    status     VARCHAR(20) NOT NULL,
    reason     VARCHAR(100),
    updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_card PRIMARY KEY (card_id)
);

CREATE INDEX ix_wallet_card_agent ON wallet_card (org_id, agent_id);

CREATE TABLE wallet_authorization (
    authorization_id  VARCHAR(140) NOT NULL,
    card_id           VARCHAR(140) NOT NULL,
    amount            BIGINT NOT NULL,
    currency          VARCHAR(3),
    merchant_name     VARCHAR(200),
    merchant_category VARCHAR(100),
    approved          BOOLEAN,
    decline_reason    VARCHAR(100),
    status            VARCHAR(20),
    rule              VARCHAR(40),
    spend_request_id  VARCHAR(140),
    first_seen        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_authorization PRIMARY KEY (authorization_id)
);

CREATE INDEX ix_wallet_authorization_card ON wallet_authorization (card_id, first_seen DESC);
