-- A processor that a node asked every node to stop for a moment (to reset its tokens, or to switch in a view
-- built aside). Nodes follow this table within a second; a row past its expiry is ignored, so a node that dies
-- holding one does not stop the processor for good.
CREATE TABLE processor_pause (
    processor_name VARCHAR(255) NOT NULL,
    node           VARCHAR(255) NOT NULL,
    purpose        VARCHAR(64) NOT NULL,
    expires_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_processor_pause PRIMARY KEY (processor_name)
);

-- A view being built aside (in its own tables, by a processor of its own on one node) while the live view keeps
-- serving; the row goes when the new view is switched in or the build is cancelled. The heartbeat tells a build
-- whose node died from one that runs.
CREATE TABLE projection_build (
    processor_name VARCHAR(255) NOT NULL,
    aside_name     VARCHAR(255) NOT NULL,
    node           VARCHAR(255) NOT NULL,
    started_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    heartbeat_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    head_at_start  BIGINT NOT NULL,
    CONSTRAINT pk_projection_build PRIMARY KEY (processor_name)
);
