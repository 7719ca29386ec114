-- Contributions of specialist committees (facknämnder) to a district's situation picture: one row per contribution
-- (committee_id is the district it is for), its figures and sections in order. Taken in once: taken_in_at is set then.
CREATE TABLE contribution (
    id BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY,
    committee_id VARCHAR(64) NOT NULL,
    plan_year INTEGER NOT NULL,
    tertial VARCHAR(2) NOT NULL,
    from_committee VARCHAR(64) NOT NULL,
    from_name VARCHAR(200) NOT NULL,
    submitted_at TIMESTAMP NOT NULL,
    submitted_by VARCHAR(100) NOT NULL,
    taken_in_at TIMESTAMP,
    taken_in_by VARCHAR(100),
    PRIMARY KEY (id),
    FOREIGN KEY (committee_id) REFERENCES committee (id),
    FOREIGN KEY (from_committee) REFERENCES committee (id)
);
CREATE INDEX contribution_by_plan ON contribution (committee_id, plan_year);

CREATE TABLE contribution_section (
    contribution_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    title VARCHAR(200) NOT NULL,
    body VARCHAR(32000) NOT NULL,
    classification VARCHAR(16) NOT NULL,
    legal_ground VARCHAR(200),
    PRIMARY KEY (contribution_id, position),
    FOREIGN KEY (contribution_id) REFERENCES contribution (id) ON DELETE CASCADE
);

CREATE TABLE contribution_count (
    contribution_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    environment VARCHAR(16) NOT NULL,
    incident_type VARCHAR(32) NOT NULL,
    source VARCHAR(40) NOT NULL,
    place_type VARCHAR(32) NOT NULL,
    incidents INTEGER NOT NULL,
    classification VARCHAR(16) NOT NULL,
    legal_ground VARCHAR(200),
    PRIMARY KEY (contribution_id, position),
    FOREIGN KEY (contribution_id) REFERENCES contribution (id) ON DELETE CASCADE
);
