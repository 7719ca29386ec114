-- Who changed what and when: feature switches, stop list, lifecycle decisions.
CREATE TABLE audit_event (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(100) NOT NULL,
    committee_id VARCHAR(64),
    action VARCHAR(64) NOT NULL,
    detail VARCHAR(4000),
    PRIMARY KEY (id)
);
CREATE INDEX audit_event_committee ON audit_event (committee_id, occurred_at);
