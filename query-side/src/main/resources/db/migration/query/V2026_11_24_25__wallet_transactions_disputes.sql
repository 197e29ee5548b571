-- Captures and refunds on wallet cards, and disputes of them, as Stripe reports them.
CREATE TABLE wallet_transaction (
    transaction_id    VARCHAR(140) NOT NULL,
    card_id           VARCHAR(140) NOT NULL,
    authorization_id  VARCHAR(140),
    tx_type           VARCHAR(20) NOT NULL,
    amount            BIGINT NOT NULL,
    currency          VARCHAR(3),
    merchant_name     VARCHAR(200),
    merchant_category VARCHAR(100),
    occurred_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_transaction PRIMARY KEY (transaction_id)
);

CREATE INDEX ix_wallet_transaction_card ON wallet_transaction (card_id, occurred_at DESC);

CREATE TABLE wallet_dispute (
    dispute_id     VARCHAR(140) NOT NULL,
    transaction_id VARCHAR(140),
    amount         BIGINT NOT NULL,
    currency       VARCHAR(3),
    status         VARCHAR(20) NOT NULL,
    reason         VARCHAR(100),
    loss_reason    VARCHAR(100),
    updated_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_dispute PRIMARY KEY (dispute_id)
);
