-- Enterprise inquiries from the public site, as admins list them.
CREATE TABLE enterprise_inquiry (
    inquiry_id     VARCHAR(140) NOT NULL,
    name           VARCHAR(120) NOT NULL,
    email          VARCHAR(254) NOT NULL,
    company        VARCHAR(200) NOT NULL,
    seats          INTEGER,
    message        VARCHAR(5000),
    client_address VARCHAR(100),
    received_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_enterprise_inquiry PRIMARY KEY (inquiry_id)
);

CREATE INDEX ix_enterprise_inquiry_received ON enterprise_inquiry (received_at);
