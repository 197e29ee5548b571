-- The newsletter list: one row per subscriber, with the consent behind the subscription.
CREATE TABLE newsletter_subscriber (
    subscriber_id    VARCHAR(140) NOT NULL,
    email            VARCHAR(254) NOT NULL,
    locale           VARCHAR(10)  NOT NULL,
    source           VARCHAR(100) NOT NULL,
    subscribed       BOOLEAN      NOT NULL,
    consent_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    subscribed_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    unsubscribed_at  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT pk_newsletter_subscriber PRIMARY KEY (subscriber_id)
);

CREATE INDEX ix_newsletter_subscriber_state ON newsletter_subscriber (subscribed, subscriber_id);
