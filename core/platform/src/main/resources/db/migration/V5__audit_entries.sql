-- The audit trail of every change (issue 10): who, through what channel, which entity of which committee and
-- year, and the compact before -> after. Append only: the platform never updates or deletes a row.
CREATE TABLE audit_entry (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(200) NOT NULL,
    channel VARCHAR(8) NOT NULL,
    action VARCHAR(64) NOT NULL,
    entity_type VARCHAR(32) NOT NULL,
    entity_id VARCHAR(200),
    committee_id VARCHAR(64),
    plan_year INTEGER,
    change_text VARCHAR(4000),
    confidential BOOLEAN NOT NULL,
    PRIMARY KEY (id),
    CHECK (channel IN ('REST', 'SHELL', 'IMPORT', 'BUNDLE'))
);
-- Pages are read newest first: descending indexes let a page, however deep, read only its own rows.
CREATE INDEX audit_entry_newest ON audit_entry (id DESC);
CREATE INDEX audit_entry_by_committee ON audit_entry (committee_id, id DESC);
CREATE INDEX audit_entry_by_actor ON audit_entry (actor, id DESC);

-- Today's audit_event rows, in their order, with what they can tell: the old action names the entity, the
-- detail is the change. audit_event is superseded and dropped, so that the trail has one place.
INSERT INTO audit_entry (occurred_at, actor, channel, action, entity_type, entity_id, committee_id, plan_year,
        change_text, confidential)
    SELECT occurred_at, actor,
        CASE WHEN actor LIKE 'import:%' THEN 'IMPORT' WHEN actor LIKE 'shell:%' THEN 'SHELL'
             WHEN actor LIKE 'bundle:%' THEN 'BUNDLE' ELSE 'REST' END,
        action,
        CASE WHEN action = 'feature' THEN 'feature'
             WHEN action LIKE 'stop-list%' THEN 'stop-list'
             WHEN action = 'reclaim' THEN 'grant-check'
             WHEN action LIKE 'committee%' THEN 'committee'
             ELSE 'event' END,
        CASE WHEN action LIKE 'committee%' THEN committee_id ELSE NULL END,
        committee_id, CAST(NULL AS INTEGER), detail, FALSE
    FROM audit_event ORDER BY id;
DROP TABLE audit_event;
