-- Refunds asked for by operators and what Stripe made of them.
CREATE TABLE wallet_refund (
    refund_id         VARCHAR(140) NOT NULL,
    org_id            VARCHAR(140) NOT NULL,
    payment_intent_id VARCHAR(140) NOT NULL,
    amount            BIGINT NOT NULL,
    status            VARCHAR(20) NOT NULL,
    stripe_refund_id  VARCHAR(140),
    error             VARCHAR(1000),
    attempts          INTEGER,
    requested_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_wallet_refund PRIMARY KEY (refund_id)
);
