-- Secondary indexes of a view held back while the view is filled from (nearly) empty, with the definition each is
-- made again from once the view has caught up (PostgreSQL; see DeferredIndexes). A row here means the index is
-- missing on purpose; the row goes when the index is back.
CREATE TABLE deferred_view_index (
    index_name  VARCHAR(255) NOT NULL,
    table_name  VARCHAR(255) NOT NULL,
    definition  VARCHAR(4000) NOT NULL,
    deferred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_deferred_view_index PRIMARY KEY (index_name)
);
