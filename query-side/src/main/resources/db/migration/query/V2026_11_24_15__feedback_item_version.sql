-- Every state a feedback item has been in: one row per event of the item, with the status and assignee it left
-- and when. The queue as of an instant reads each item's last version up to that instant; what never changes
-- after arrival (org, text, classification) stays in feedback_item.
CREATE TABLE feedback_item_version (
    feedback_id VARCHAR(140) NOT NULL,
    version     BIGINT NOT NULL,
    status      VARCHAR(20) NOT NULL,
    assignee    VARCHAR(256),
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_feedback_item_version PRIMARY KEY (feedback_id, version)
);

-- No index on the time: the queue as of an instant starts from the items (filtered as the live queue is) and
-- finds each one's versions by the key, and every index here costs a replay one more write per event.

-- Items already in the view get their current state as their one known version; a rebuild of feedback-queue
-- (aside, to keep the queue serving) fills in their earlier versions from the log.
INSERT INTO feedback_item_version (feedback_id, version, status, assignee, updated_at)
SELECT feedback_id, version, status, assignee, updated_at FROM feedback_item;
