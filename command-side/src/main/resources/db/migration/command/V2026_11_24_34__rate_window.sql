-- Request budgets of public routes per client and fixed window, shared by every node.
CREATE TABLE rate_window (
    bucket_key   VARCHAR(300) NOT NULL,
    window_start TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    used         INTEGER NOT NULL,
    CONSTRAINT pk_rate_window PRIMARY KEY (bucket_key, window_start)
);
