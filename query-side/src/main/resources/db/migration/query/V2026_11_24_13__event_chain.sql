-- The hash chain over the event log (see HashChain): one link per event in global order, the chain's progress,
-- and the signed checkpoints. Written only by ChainWriter, which holds the state row's lock while it extends the
-- chain, so nodes sharing the database never write a link twice.

CREATE TABLE event_chain_state (
    id                       SMALLINT NOT NULL,
    position                 BIGINT NOT NULL,
    link                     BYTEA,
    events                   BIGINT NOT NULL,
    unsigned_events          BIGINT NOT NULL,
    last_checkpoint_position BIGINT NOT NULL,
    last_checkpoint_at       TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_event_chain_state PRIMARY KEY (id)
);

-- Before the first event: no link yet (the chain starts from 32 zero bytes).
INSERT INTO event_chain_state (id, position, link, events, unsigned_events, last_checkpoint_position)
VALUES (1, 0, NULL, 0, 0, 0);

CREATE TABLE event_chain_link (
    position BIGINT NOT NULL,
    link     BYTEA NOT NULL,
    CONSTRAINT pk_event_chain_link PRIMARY KEY (position)
);

CREATE TABLE event_chain_checkpoint (
    position  BIGINT NOT NULL,
    link      BYTEA NOT NULL,
    signed_at VARCHAR(40) NOT NULL,
    key_id    VARCHAR(64) NOT NULL,
    signature BYTEA NOT NULL,
    CONSTRAINT pk_event_chain_checkpoint PRIMARY KEY (position)
);
