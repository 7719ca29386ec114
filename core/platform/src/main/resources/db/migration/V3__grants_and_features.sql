-- Grant and premises checks, the stop list, per-committee feature switches, and the local rules seen.
CREATE TABLE grant_check (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    committee_id VARCHAR(64) NOT NULL,
    check_type VARCHAR(32) NOT NULL,
    organisation_number CHAR(11) NOT NULL,
    application VARCHAR(16000) NOT NULL,
    decision VARCHAR(16) NOT NULL,
    reasons VARCHAR(16000) NOT NULL,
    checked_at TIMESTAMP NOT NULL,
    checked_by VARCHAR(100) NOT NULL,
    reclaim_reason VARCHAR(2000),
    reclaim_reference VARCHAR(100),
    reclaimed_at TIMESTAMP,
    reclaimed_by VARCHAR(100),
    PRIMARY KEY (id),
    FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX grant_check_by_committee ON grant_check (committee_id, checked_at);

CREATE TABLE stop_list (
    organisation_number CHAR(11) NOT NULL,
    name VARCHAR(200) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    decision_reference VARCHAR(100) NOT NULL,
    added_at TIMESTAMP NOT NULL,
    added_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (organisation_number)
);

CREATE TABLE feature_setting (
    committee_id VARCHAR(64) NOT NULL,
    feature_id VARCHAR(100) NOT NULL,
    enabled BOOLEAN NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (committee_id, feature_id)
);

-- Local rules ever registered, so that an enabled rule whose bundle is away fails closed.
CREATE TABLE local_rule (
    id VARCHAR(100) NOT NULL,
    committee_id VARCHAR(64) NOT NULL,
    title VARCHAR(200) NOT NULL,
    applies_to VARCHAR(64) NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (id)
);
