-- PostgreSQL's variant of ../V2__plans.sql, the same but for the decided document: TEXT (PostgreSQL has no CLOB).
-- Committees ever seen, and their plans: situation picture, activities, follow-ups, decisions.
CREATE TABLE committee (
    id VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    bundle VARCHAR(200),
    bundle_version VARCHAR(64),
    first_seen TIMESTAMP NOT NULL,
    last_seen TIMESTAMP NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE action_plan (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    version BIGINT NOT NULL,
    coordinator_role VARCHAR(200) NOT NULL,
    next_revision VARCHAR(200),
    updated_at TIMESTAMP NOT NULL,
    updated_by VARCHAR(100) NOT NULL,
    PRIMARY KEY (committee_id, plan_year),
    FOREIGN KEY (committee_id) REFERENCES committee (id)
);
CREATE INDEX action_plan_by_year ON action_plan (plan_year);

CREATE TABLE situation_section (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(32000) NOT NULL,
    PRIMARY KEY (committee_id, plan_year, position),
    FOREIGN KEY (committee_id, plan_year) REFERENCES action_plan (committee_id, plan_year) ON DELETE CASCADE
);

CREATE TABLE incident_count (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    position INTEGER NOT NULL,
    environment VARCHAR(16) NOT NULL,
    source VARCHAR(40) NOT NULL,
    incidents INTEGER NOT NULL,
    PRIMARY KEY (committee_id, plan_year, position),
    FOREIGN KEY (committee_id, plan_year) REFERENCES action_plan (committee_id, plan_year) ON DELETE CASCADE
);

CREATE TABLE activity (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR(300) NOT NULL,
    description VARCHAR(8000),
    area VARCHAR(32) NOT NULL,
    responsible VARCHAR(4000) NOT NULL,
    partners VARCHAR(4000) NOT NULL,
    schedule_start CHAR(7),
    schedule_end CHAR(7),
    ongoing BOOLEAN NOT NULL,
    frequency VARCHAR(100),
    follow_up_in VARCHAR(64) NOT NULL,
    follow_up_system VARCHAR(100),
    template_id VARCHAR(100),
    PRIMARY KEY (id),
    FOREIGN KEY (committee_id, plan_year) REFERENCES action_plan (committee_id, plan_year) ON DELETE CASCADE
);
CREATE INDEX activity_by_plan ON activity (plan_year, committee_id, position);

CREATE TABLE follow_up (
    activity_id BIGINT NOT NULL,
    period VARCHAR(16) NOT NULL,
    status VARCHAR(16) NOT NULL,
    comment VARCHAR(4000),
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP NOT NULL,
    PRIMARY KEY (activity_id, period),
    FOREIGN KEY (activity_id) REFERENCES activity (id) ON DELETE CASCADE
);

-- Adopted and approved plans as they were decided: public records, never changed.
CREATE TABLE plan_version (
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    number INTEGER NOT NULL,
    status VARCHAR(16) NOT NULL,
    decided_at TIMESTAMP NOT NULL,
    decided_by VARCHAR(100) NOT NULL,
    document TEXT NOT NULL,
    PRIMARY KEY (committee_id, plan_year, number),
    FOREIGN KEY (committee_id, plan_year) REFERENCES action_plan (committee_id, plan_year)
);
